import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import { Suspense, type ReactNode } from "react";
import { OfflineBanner } from "@/components/pwa/offline-banner";
import { OfflineGate } from "@/components/pwa/offline-gate";
import { ServiceWorkerRegistration } from "@/components/pwa/service-worker-registration";
import { SideNavPlaceholder } from "@/components/shell/side-nav-placeholder";
import { SiteHeader, SiteNav } from "@/components/site-header";
import { currentMessages } from "@/lib/i18n/locale";
import { INTL_LOCALE, LOCALES, MESSAGES, type Locale } from "@/lib/i18n/messages";
import { FIRST_PAINT_GATE_SCRIPT } from "@/lib/ui/first-paint-gate";
import { iconUrl } from "@/lib/ui/icon-url";
import { THEME_SCRIPT } from "@/lib/ui/theme-choice";
import "../globals.css";

export const metadata: Metadata = {
  title: { default: "Saldo", template: "%s · Saldo" },
  description: "Self-hosted personal finance dashboard for SpareBank 1",
  robots: { index: false, follow: false },
  // Raster favicons: Chrome fetches the favicon again at every URL change (each filter and search)
  // and parses an SVG one as a whole document on the page's main thread. At a versioned address,
  // cached for a year, those fetches never reach the server to compete with the list's own request.
  icons: {
    icon: [
      { url: iconUrl("/icons/favicon-32.png"), sizes: "32x32", type: "image/png" },
      { url: iconUrl("/icons/favicon-64.png"), sizes: "64x64", type: "image/png" },
    ],
    apple: iconUrl("/icons/apple-touch-icon.png"),
  },
  manifest: "/manifest.webmanifest",
  appleWebApp: { capable: true, title: "Saldo", statusBarStyle: "default" },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  viewportFit: "cover",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f6f7f9" },
    { media: "(prefers-color-scheme: dark)", color: "#0e1116" },
  ],
};

/** One prerendered shell per language; proxy.ts routes each request to its language. */
export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

// When this page was rendered: what a copy opened offline from the service worker's cache shows.
async function OfflineNotice({ locale }: { locale: Locale }) {
  await connection();
  const { offline, unreachable, retry } = MESSAGES[locale].shell;
  return (
    <OfflineBanner offlineTemplate={offline} unreachableTemplate={unreachable} retryLabel={retry} renderedAt={new Date().toISOString()} intlLocale={INTL_LOCALE[locale]} />
  );
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale, t } = await currentMessages();
  // The theme script sets data-theme before the first paint; React must not undo that.
  return (
    <html lang={locale} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
        <script dangerouslySetInnerHTML={{ __html: FIRST_PAINT_GATE_SCRIPT }} />
      </head>
      <body>
        <a className="skip-link" href="#main">
          {t.skipToContent}
        </a>
        <Suspense fallback={null}>
          <OfflineNotice locale={locale} />
        </Suspense>
        <SiteHeader locale={locale} />
        <div className="app-frame">
          <Suspense fallback={<SideNavPlaceholder />}>
            <SiteNav locale={locale} />
          </Suspense>
          <main id="main">
            <OfflineGate>{children}</OfflineGate>
          </main>
        </div>
        <ServiceWorkerRegistration />
      </body>
    </html>
  );
}
