import { readAlertSettings } from "@/lib/alerts/alert-settings";
import { vapidKeys } from "@/lib/alerts/vapid-keys";
import { alertPreferences, recentDeliveries } from "@/lib/db/alert-store";
import { formatDateTime } from "@/lib/format/dates";
import { INTL_LOCALE, MESSAGES, type Locale } from "@/lib/i18n/messages";
import { AlertSettingsForm } from "./alert-settings-form";
import { PushToggle } from "./push-toggle";
import { WebhookForm } from "./webhook-form";

/** Settings: which alerts, and how they reach the owner outside the app, with the latest deliveries. */
export async function AlertChannelsSection({ userId, locale, accounts }: { userId: string; locale: Locale; accounts: { id: string; name: string }[] }) {
  const t = MESSAGES[locale];
  const intl = INTL_LOCALE[locale];
  const [preferences, deliveries] = await Promise.all([alertPreferences(userId), recentDeliveries(userId)]);
  const settings = readAlertSettings(preferences?.settings);
  return (
    <>
      <section className="card stack" aria-labelledby="alerts-title">
        <h2 id="alerts-title">{t.alerts.settings}</h2>
        <p className="muted" style={{ margin: 0 }}>
          {t.alerts.settingsExplain}
        </p>
        <AlertSettingsForm locale={locale} settings={settings} accounts={accounts} text={t.alerts} />
      </section>
      <section className="card stack" aria-labelledby="channels-title">
        <h2 id="channels-title">{t.alerts.channels}</h2>
        <h3>{t.alerts.push}</h3>
        <PushToggle text={t.alerts} publicKey={vapidKeys()?.publicKey ?? null} />
        <h3>{t.alerts.webhook}</h3>
        <WebhookForm locale={locale} text={t.alerts} configured={Boolean(preferences?.webhookUrlEnc)} format={preferences?.webhookFormat ?? "json"} />
        <h3>{t.alerts.deliveries}</h3>
        {deliveries.length === 0 ? (
          <p className="muted" style={{ margin: 0 }}>
            {t.alerts.noDeliveries}
          </p>
        ) : (
          <ul className="plain-list" data-testid="deliveries">
            {deliveries.map((delivery) => (
              <li key={delivery.id} data-status={delivery.status}>
                {formatDateTime(delivery.alert.createdAt, intl)} · {delivery.channel} · {t.alerts.titles[delivery.alert.kind as keyof typeof t.alerts.titles]?.replace(/\{\w+\}/g, "…") ?? delivery.alert.kind} ·{" "}
                {t.alerts.delivery[delivery.status as "pending" | "sent" | "failed"]?.replace("{attempts}", String(delivery.attempts)) ?? delivery.status}
                {delivery.lastError && ` (${delivery.lastError})`}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
