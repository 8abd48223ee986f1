import Link from "next/link";
import { Suspense } from "react";
import { signOut } from "@/lib/auth/auth";
import { currentSession } from "@/lib/auth/current-session";
import { unreadAlertCount } from "@/lib/db/alert-store";
import { MESSAGES, type Locale } from "@/lib/i18n/messages";
import { currentTheme } from "@/lib/ui/theme";
import { NavLinks } from "./nav-links";
import { PreferencesMenu } from "./preferences-menu";

/** The brand is part of the prerendered shell; what depends on the session and cookies streams in. */
export function SiteHeader({ locale }: { locale: Locale }) {
  const t = MESSAGES[locale];
  return (
    <header className="site-header">
      <div className="inner">
        <Link href="/" className="brand">
          {t.appName}
        </Link>
        <Suspense fallback={<div className="header-tools header-placeholder" aria-hidden="true" />}>
          <HeaderForRequest locale={locale} />
        </Suspense>
      </div>
    </header>
  );
}

async function HeaderForRequest({ locale }: { locale: Locale }) {
  const t = MESSAGES[locale];
  const [session, theme] = await Promise.all([currentSession(), currentTheme()]);
  const unread = session?.user?.id ? await unreadAlertCount(session.user.id) : 0;
  return (
    <>
      {session?.user && (
        <NavLinks
          label={t.mainNav}
          links={[
            { href: "/", label: t.nav.overview },
            { href: "/accounts", label: t.nav.accounts },
            { href: "/transactions", label: t.nav.transactions },
            { href: "/budgets", label: t.nav.budgets },
            { href: "/inbox", label: unread > 0 ? `${t.nav.inbox} (${unread})` : t.nav.inbox },
            { href: "/subscriptions", label: t.recurring.nav },
            { href: "/settings", label: t.nav.settings },
          ]}
        />
      )}
      <div className="header-tools">
        <PreferencesMenu
          locale={locale}
          theme={theme}
          labels={{ language: t.language, theme: t.theme, system: t.themeSystem, light: t.themeLight, dark: t.themeDark }}
        />
        {session?.user && (
          <form
            action={async () => {
              "use server";
              await signOut({ redirectTo: "/login" });
            }}
          >
            <button type="submit" className="button secondary small">
              {t.logout}
            </button>
          </form>
        )}
      </div>
    </>
  );
}
