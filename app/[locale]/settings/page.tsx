import type { Metadata } from "next";
import { Suspense } from "react";
import { CardSkeleton } from "@/components/skeletons";
import { PreferencesMenu } from "@/components/preferences-menu";
import { BackupPanel } from "@/components/settings/backup-panel";
import { DisconnectForm } from "@/components/settings/disconnect-form";
import { ImportPanel } from "@/components/settings/import-panel";
import { SyncStatusPanel } from "@/components/sync-status-panel";
import { requireUserId } from "@/lib/auth/require-user";
import { AlertChannelsSection } from "@/components/alerts/alert-channels-section";
import { ReconciliationStatus } from "@/components/reconciliation-status";
import { accountsForUser, bankIdentityOf } from "@/lib/db/dashboard-reads";
import { accountReconciliations } from "@/lib/reconciliation/account-reconciliations";
import { formatDateTime, formatDay } from "@/lib/format/dates";
import { syncPanelTimes } from "@/lib/format/sync-panel-times";
import { currentMessages } from "@/lib/i18n/locale";
import { INTL_LOCALE, MESSAGES, type Locale } from "@/lib/i18n/messages";
import { syncPanelText } from "@/lib/i18n/sync-panel-text";
import { syncStatus } from "@/lib/sync/sync-status";
import { currentTheme } from "@/lib/ui/theme";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentMessages();
  return { title: t.nav.settings };
}

export default async function SettingsPage() {
  const { locale, t } = await currentMessages();
  return (
    <div className="stack">
      <h1>{t.nav.settings}</h1>
      <Suspense fallback={<SettingsSkeleton label={t.loading} />}>
        <Settings locale={locale} />
      </Suspense>
    </div>
  );
}

function SettingsSkeleton({ label }: { label: string }) {
  return (
    <>
      <CardSkeleton label={label} height={80} />
      <CardSkeleton label={label} height={120} />
      <CardSkeleton label={label} height={120} />
    </>
  );
}

async function Settings({ locale }: { locale: Locale }) {
  const t = MESSAGES[locale];
  const userId = await requireUserId();
  const [theme, status, identity, accounts, reconciliations] = await Promise.all([
    currentTheme(),
    syncStatus(userId),
    bankIdentityOf(userId),
    accountsForUser(userId),
    accountReconciliations(userId),
  ]);
  const connection = status.connection;
  const intl = INTL_LOCALE[locale];
  const loginUntil = connection?.loginExpiresAt ? new Date(connection.loginExpiresAt) : null;
  return (
    <>
      <section className="card stack" aria-labelledby="connection-title">
        <h2 id="connection-title">{t.connection}</h2>
        <p style={{ margin: 0 }} data-testid="connection-status">
          {connection ? (loginUntil ? t.connectionActive.replace("{date}", formatDateTime(loginUntil, intl)) : t.connectionActive.replace(" {date}", "")) : t.connectionMissing}
        </p>
        {identity && (
          <p className="muted" style={{ margin: 0 }}>
            {t.bankIdentity} <code data-testid="bank-identity">{identity}</code>
          </p>
        )}
        {status.backfill.from && (
          <p className="muted" style={{ margin: 0 }}>
            {(status.backfill.done ? t.history : t.historyRunning).replace("{date}", formatDay(status.backfill.from, intl))}
          </p>
        )}
      </section>
      <SyncStatusPanel intlLocale={intl} status={status} times={syncPanelTimes(status, intl)} text={syncPanelText(t)} />
      {accounts.length > 0 && (
        <section className="card stack" aria-labelledby="ledger-check-title">
          <h2 id="ledger-check-title">{t.ledgerCheck}</h2>
          <p className="muted" style={{ margin: 0 }}>
            {t.ledgerCheckExplain}
          </p>
          <ul className="plain-list" data-testid="ledger-check">
            {accounts.map((account) => (
              <li key={account.id} data-account-number={account.accountNumber}>
                <span>{account.description ?? account.name}</span>{" "}
                <ReconciliationStatus reconciliation={reconciliations.get(account.id)} currencyCode={account.currencyCode} locale={locale} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <AlertChannelsSection userId={userId} locale={locale} accounts={accounts.map((account) => ({ id: account.id, name: account.description ?? account.name }))} />
      <section className="card stack" aria-labelledby="disconnect-title">
        <h2 id="disconnect-title">{t.disconnect}</h2>
        <DisconnectForm
          connected={connection !== null}
          text={{
            disconnect: t.disconnect,
            disconnectExplain: t.disconnectExplain,
            deleteDataToo: t.deleteDataToo,
            confirmDisconnect: t.confirmDisconnect,
            confirmPrompt: t.confirmPrompt,
            cancel: t.cancel,
            disconnected: t.disconnected,
            dataDeleted: t.dataDeleted,
          }}
        />
      </section>
      <section className="card stack" aria-labelledby="backup-title">
        <h2 id="backup-title">{t.own.backup}</h2>
        <BackupPanel text={{ ...t.own, saving: t.own.saving }} />
      </section>
      <section className="card stack" aria-labelledby="import-title">
        <h2 id="import-title">{t.own.importTitle}</h2>
        <ImportPanel accounts={accounts.map((account) => ({ id: account.id, name: account.description ?? account.name }))} text={t.own} />
      </section>
      <section className="card stack" aria-labelledby="prefs-title">
        <h2 id="prefs-title">{t.preferences}</h2>
        <PreferencesMenu locale={locale} theme={theme} labels={{ language: t.language, theme: t.theme, system: t.themeSystem, light: t.themeLight, dark: t.themeDark }} />
      </section>
    </>
  );
}
