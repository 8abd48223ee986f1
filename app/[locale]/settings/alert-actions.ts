"use server";

import { revalidatePath } from "next/cache";
import { decryptWebhookUrl, encryptWebhookUrl } from "@/lib/alerts/alert-secrets";
import { DEFAULT_ALERT_SETTINGS, readAlertSettings } from "@/lib/alerts/alert-settings";
import { parseAlertSettingsForm } from "@/lib/alerts/alert-settings-input";
import { sendWebhook } from "@/lib/alerts/deliver-alerts";
import { WEBHOOK_FORMATS, type WebhookFormat } from "@/lib/alerts/webhook-request";
import { webhookSave } from "@/lib/alerts/webhook-save";
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

/** Saves the webhook's address (stored encrypted) and format; an empty address keeps the saved one. */
export async function saveWebhookAction(_previous: AlertFormState, formData: FormData): Promise<AlertFormState> {
  const userId = await requireUserId();
  const format = formatOf(formData.get("format"));
  const stored = await alertPreferences(userId);
  const change = webhookSave(String(formData.get("url") ?? "").slice(0, 2001), Boolean(stored?.webhookUrlEnc));
  if (change.kind === "invalid") return { status: "invalid", fields: ["url"] };
  const urlEnc = change.kind === "set" ? encryptWebhookUrl(userId, change.url) : stored!.webhookUrlEnc;
  await saveWebhook(userId, { urlEnc, format }, settingsOf(stored));
  revalidatePath("/settings");
  return { status: "saved" };
}

/** Removes the webhook: alerts stop going there. */
export async function removeWebhookAction(_previous: AlertFormState, formData: FormData): Promise<AlertFormState> {
  const userId = await requireUserId();
  const stored = await alertPreferences(userId);
  await saveWebhook(userId, { urlEnc: null, format: formatOf(formData.get("format")) }, settingsOf(stored));
  revalidatePath("/settings");
  return { status: "removed" };
}

const settingsOf = (stored: Awaited<ReturnType<typeof alertPreferences>>) => JSON.stringify(stored ? readAlertSettings(stored.settings) : DEFAULT_ALERT_SETTINGS);

/** "Send test": the address as typed in the form, so it can be tried before it is saved; with none typed, the saved one. */
export async function testWebhookAction(_previous: AlertFormState, formData: FormData): Promise<AlertFormState> {
  const userId = await requireUserId();
  const t = MESSAGES[localeOf(formData)];
  const stored = await alertPreferences(userId);
  const change = webhookSave(String(formData.get("url") ?? "").slice(0, 2001), Boolean(stored?.webhookUrlEnc));
  if (change.kind === "invalid") return { status: "invalid", fields: ["url"] };
  const url = change.kind === "set" ? change.url : decryptWebhookUrl(userId, stored!.webhookUrlEnc!);
  const outcome = await sendWebhook(url, formatOf(formData.get("format")), {
    kind: "test",
    title: t.alerts.testTitle,
    body: t.alerts.testBody,
    url: new URL("/inbox", appConfig().baseUrl).toString(),
    at: new Date().toISOString(),
  });
  return outcome.ok ? { status: "sent" } : { status: "failed", error: outcome.error };
}
