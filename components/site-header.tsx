import Link from "next/link";
import { signOut } from "@/lib/auth/auth";
import { currentSession } from "@/lib/auth/current-session";
import { MESSAGES, type Locale } from "@/lib/i18n/messages";
import type { Theme } from "@/lib/ui/theme";
import { NavLinks } from "./nav-links";
import { PreferencesMenu } from "./preferences-menu";

export async function SiteHeader({ locale, theme }: { locale: Locale; theme: Theme }) {
  const t = MESSAGES[locale];
  const session = await currentSession();
  return (
    <header className="site-header">
      <div className="inner">
        <Link href="/" className="brand">
          {t.appName}
        </Link>
        {session?.user && (
          <NavLinks
            label={t.mainNav}
            links={[
              { href: "/", label: t.nav.overview },
              { href: "/accounts", label: t.nav.accounts },
              { href: "/transactions", label: t.nav.transactions },
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
      </div>
    </header>
  );
}
