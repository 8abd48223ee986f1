import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import { Suspense, type ReactNode } from "react";
import { SiteHeader } from "@/components/site-header";
import { appConfig } from "@/lib/config/app-config";
import { currentMessages } from "@/lib/i18n/locale";
import { LOCALES, MESSAGES, type Locale } from "@/lib/i18n/messages";
import { THEME_SCRIPT } from "@/lib/ui/theme-choice";
import "../globals.css";

export const metadata: Metadata = {
  title: { default: "Saldo", template: "%s · Saldo" },
  description: "Self-hosted personal finance dashboard for SpareBank 1",
  robots: { index: false, follow: false },
  icons: { icon: "/icon.svg" },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f6f7f9" },
    { media: "(prefers-color-scheme: dark)", color: "#0e1116" },
  ],
};

/** One prerendered shell per language; proxy.ts routes each request to its language. */
export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

// The mode comes from the running server's environment, not the build's.
async function SandboxBanner({ locale }: { locale: Locale }) {
  await connection();
  if (appConfig().mode !== "sandbox") return null;
  return (
    <div className="banner" role="note">
      {MESSAGES[locale].sandboxBanner}
    </div>
  );
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale, t } = await currentMessages();
  // The theme script sets data-theme before the first paint; React must not undo that.
  return (
    <html lang={locale} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body>
        <a className="skip-link" href="#main">
          {t.skipToContent}
        </a>
        <Suspense fallback={null}>
          <SandboxBanner locale={locale} />
        </Suspense>
        <SiteHeader locale={locale} />
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
