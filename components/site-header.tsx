import { IntentLink as Link } from "@/components/intent-link";
import { cache, Suspense } from "react";
import { signOut } from "@/lib/auth/auth";
import { currentSession } from "@/lib/auth/current-session";
import { appConfig } from "@/lib/config/app-config";
import { unreadAlertCount } from "@/lib/db/alert-store";
import { MESSAGES, type Locale } from "@/lib/i18n/messages";
import { currentTheme } from "@/lib/ui/theme";
import { AppNav, type NavItem } from "./shell/app-nav";
import { SideNavPlaceholder } from "./shell/side-nav-placeholder";
import { HeaderMenu } from "./shell/header-menu";
import { NavIcon } from "./shell/nav-icon";

// The header and the navigation both show the unread count: one read per request.
const unreadFor = cache(unreadAlertCount);

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
  const unread = session?.user?.id ? await unreadFor(session.user.id) : 0;
  return (
    <div className="header-tools">
      {/* In the streamed header, whose space is reserved, so its arrival moves nothing on the page. */}
      {appConfig().mode === "sandbox" && (
        <span className="sandbox-badge" role="note" title={t.sandboxBanner}>
          <span aria-hidden="true">{t.sandboxBadge}</span>
          <span className="sr-only">{t.sandboxBanner}</span>
        </span>
      )}
      {session?.user && (
        // On a phone the inbox sits behind "More"; its bell with the unread count stays in sight here.
        <Link href="/inbox" className="icon-button phone-only" aria-label={unread > 0 ? `${t.nav.inbox} (${unread})` : t.nav.inbox}>
          <NavIcon name="inbox" size={20} />
          {unread > 0 && (
            <span className="count-badge" aria-hidden="true">
              {unread}
            </span>
          )}
        </Link>
      )}
      <HeaderMenu
        locale={locale}
        theme={theme}
        labels={{ menu: t.shell.menu, language: t.language, theme: t.theme, system: t.themeSystem, light: t.themeLight, dark: t.themeDark, logout: t.logout }}
        signOut={
          session?.user
            ? async () => {
                "use server";
                await signOut({ redirectTo: "/login" });
              }
            : undefined
        }
      />
    </div>
  );
}

/** The main navigation for a signed-in owner: side column on wide screens, bottom tab bar on phones. */
export async function SiteNav({ locale }: { locale: Locale }) {
  const t = MESSAGES[locale];
  const session = await currentSession();
  // Signed out, the column stays held: taking it away would move the page once more.
  if (!session?.user?.id) return <SideNavPlaceholder />;
  const unread = await unreadFor(session.user.id);
  const items: NavItem[] = [
    { key: "overview", href: "/", label: t.nav.overview },
    { key: "accounts", href: "/accounts", label: t.nav.accounts },
    { key: "transactions", href: "/transactions", label: t.nav.transactions },
    { key: "budgets", href: "/budgets", label: t.nav.budgets },
    { key: "subscriptions", href: "/subscriptions", label: t.recurring.nav },
    { key: "inbox", href: "/inbox", label: unread > 0 ? `${t.nav.inbox} (${unread})` : t.nav.inbox },
    { key: "rules", href: "/rules", label: t.shell.rules },
    { key: "settings", href: "/settings", label: t.nav.settings },
  ];
  return <AppNav items={items} label={t.mainNav} text={{ more: t.shell.more, moreTitle: t.shell.moreTitle, close: t.shell.close }} />;
}
