import type { Metadata } from "next";
import { IntentLink as Link } from "@/components/intent-link";
import { Suspense } from "react";
import { CardSkeleton } from "@/components/skeletons";
import { alertText } from "@/lib/alerts/alert-text";
import type { AlertKind } from "@/lib/alerts/evaluate-alerts";
import { requireUserId } from "@/lib/auth/require-user";
import { inbox } from "@/lib/db/alert-store";
import { formatDateTime } from "@/lib/format/dates";
import { currentMessages } from "@/lib/i18n/locale";
import { INTL_LOCALE, MESSAGES, type Locale } from "@/lib/i18n/messages";
import { markAlertAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentMessages();
  return { title: t.alerts.inbox };
}

export default async function InboxPage() {
  const { locale, t } = await currentMessages();
  return (
    <div className="stack">
      <h1>{t.alerts.inbox}</h1>
      <Suspense fallback={<CardSkeleton label={t.loading} height={240} />}>
        <Inbox locale={locale} />
      </Suspense>
    </div>
  );
}

async function Inbox({ locale }: { locale: Locale }) {
  const t = MESSAGES[locale];
  const intl = INTL_LOCALE[locale];
  const alerts = await inbox(await requireUserId());
  if (alerts.length === 0) {
    return (
      <section className="card">
        <p className="muted" style={{ margin: 0 }}>
          {t.alerts.none}
        </p>
      </section>
    );
  }
  const unread = alerts.filter((alert) => alert.readAt === null).length;
  return (
    <section className="card stack" aria-labelledby="inbox-title">
      <div className="inbox-head">
        <h2 id="inbox-title" style={{ margin: 0 }}>
          {t.alerts.unread.replace("{count}", String(unread))}
        </h2>
        {unread > 0 && (
          <form action={markAlertAction}>
            <input type="hidden" name="read" value="true" />
            <button type="submit" className="button small secondary">
              {t.alerts.markAllRead}
            </button>
          </form>
        )}
      </div>
      <ul className="inbox" data-testid="inbox">
        {alerts.map((alert) => {
          const { title, body } = alertText(alert.kind as AlertKind, JSON.parse(alert.params) as Record<string, string | number>, t.alerts, intl, { details: true });
          const read = alert.readAt !== null;
          return (
            <li key={alert.id} className={`inbox-item${read ? "" : " unread"}`} data-testid="inbox-item" data-kind={alert.kind} data-read={read}>
              <div>
                {!read && <span className="badge">{t.alerts.new}</span>} <strong>{title}</strong>
                {body && <p style={{ margin: "0.2rem 0 0" }}>{body}</p>}
                <p className="muted" style={{ margin: "0.2rem 0 0", fontSize: "0.85rem" }}>
                  {formatDateTime(alert.createdAt, intl)} · <Link href={alert.link}>{t.alerts.open}</Link>
                </p>
              </div>
              <form action={markAlertAction}>
                <input type="hidden" name="id" value={alert.id} />
                <input type="hidden" name="read" value={read ? "false" : "true"} />
                <button type="submit" className="button small secondary">
                  {read ? t.alerts.markUnread : t.alerts.markRead}
                </button>
              </form>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
