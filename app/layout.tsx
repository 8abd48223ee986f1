import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site-header";
import { appConfig } from "@/lib/config/app-config";
import { currentMessages } from "@/lib/i18n/locale";
import { currentTheme } from "@/lib/ui/theme";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Saldo", template: "%s · Saldo" },
  description: "Self-hosted personal finance dashboard for SpareBank 1",
  robots: { index: false, follow: false },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f6f7f9" },
    { media: "(prefers-color-scheme: dark)", color: "#0e1116" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [{ locale, t }, theme] = await Promise.all([currentMessages(), currentTheme()]);
  const sandbox = appConfig().mode === "sandbox";
  return (
    <html lang={locale} data-theme={theme === "system" ? undefined : theme}>
      <body>
        <a className="skip-link" href="#main">
          {t.skipToContent}
        </a>
        {sandbox && (
          <div className="banner" role="note">
            {t.sandboxBanner}
          </div>
        )}
        <SiteHeader locale={locale} theme={theme} />
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
