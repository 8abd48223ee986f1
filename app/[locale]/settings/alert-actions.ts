"use server";

import { revalidatePath } from "next/cache";
import { encryptWebhookUrl } from "@/lib/alerts/alert-secrets";
import { DEFAULT_ALERT_SETTINGS, readAlertSettings } from "@/lib/alerts/alert-settings";
import { parseAlertSettingsForm } from "@/lib/alerts/alert-settings-input";
import { sendWebhook } from "@/lib/alerts/deliver-alerts";
import { WEBHOOK_FORMATS, webhookUrlProblem, type WebhookFormat } from "@/lib/alerts/webhook-request";
import { requireUserId } from "@/lib/auth/require-user";
import { appConfig } from "@/lib/config/app-config";
import { alertPreferences, saveAlertSettings, saveWebhook } from "@/lib/db/alert-store";
import { accountsForUser } from "@/lib/db/dashboard-reads";
import { LOCALES, MESSAGES, type Locale } from "@/lib/i18n/messages";

export interface AlertFormState {
  status: "idle" | "saved" | "removed" | "sent" | "invalid" | "failed";
  fields?: string[];
  error?: string;
}

export async function saveAlertSettingsAction(_previous: AlertFormState, formData: FormData): Promise<AlertFormState> {
  const userId = await requireUserId();
  const locale = localeOf(formData);
  const accounts = await accountsForUser(userId);
  const parsed = parseAlertSettingsForm(formData, accounts.map((account) => account.id), locale);
  if (!parsed.ok) return { status: "invalid", fields: parsed.fields };
  await saveAlertSettings(userId, JSON.stringify(parsed.settings));
  revalidatePath("/settings");
  return { status: "saved" };
}

// Server actions run outside the page's route, so the page sends its language along.
const localeOf = (formData: FormData): Locale => ((LOCALES as readonly string[]).includes(String(formData.get("locale"))) ? (String(formData.get("locale")) as Locale) : "nb");

const formatOf = (value: FormDataEntryValue | null): WebhookFormat => (WEBHOOK_FORMATS as readonly string[]).includes(String(value)) ? (String(value) as WebhookFormat) : "json";

/** Saves (or, with an empty address, removes) the webhook; the address is stored encrypted. */
export async function saveWebhookAction(_previous: AlertFormState, formData: FormData): Promise<AlertFormState> {
  const userId = await requireUserId();
  const url = String(formData.get("url") ?? "").trim().slice(0, 2001);
  const format = formatOf(formData.get("format"));
  const stored = await alertPreferences(userId);
  const settings = JSON.stringify(stored ? readAlertSettings(stored.settings) : DEFAULT_ALERT_SETTINGS);
  if (url === "") {
    await saveWebhook(userId, { urlEnc: null, format }, settings);
    revalidatePath("/settings");
    return { status: "removed" };
  }
  if (webhookUrlProblem(url)) return { status: "invalid", fields: ["url"] };
  await saveWebhook(userId, { urlEnc: encryptWebhookUrl(userId, url), format }, settings);
  revalidatePath("/settings");
  return { status: "saved" };
}

/** "Send test": the address as typed in the form, so it can be tried before it is saved. */
export async function testWebhookAction(_previous: AlertFormState, formData: FormData): Promise<AlertFormState> {
  await requireUserId();
  const t = MESSAGES[localeOf(formData)];
  const url = String(formData.get("url") ?? "").trim().slice(0, 2001);
  if (webhookUrlProblem(url)) return { status: "invalid", fields: ["url"] };
  const outcome = await sendWebhook(url, formatOf(formData.get("format")), {
    kind: "test",
    title: t.alerts.testTitle,
    body: t.alerts.testBody,
    url: new URL("/inbox", appConfig().baseUrl).toString(),
    at: new Date().toISOString(),
  });
  return outcome.ok ? { status: "sent" } : { status: "failed", error: outcome.error };
}
