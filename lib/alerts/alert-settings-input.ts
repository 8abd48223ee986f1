import { parseKroner } from "../budgets/budget-input";
import { alertSettingsSchema, type AlertSettings } from "./alert-settings";

export type AlertSettingsInput = { ok: true; settings: AlertSettings } | { ok: false; fields: string[] };

const BOOLEAN_KINDS = ["budget", "newSubscription", "priceRise", "recurringMissed", "loginExpiring"] as const;

/**
 * The alert settings form: a checkbox per kind, amounts in kroner, the unusual-spending factor and
 * the sync-failure hours; per account an on/off and an optional own limit. Fields that do not read
 * are named; nothing is saved then.
 */
export function parseAlertSettingsForm(form: FormData, accountIds: readonly string[], locale: "nb" | "en"): AlertSettingsInput {
  const on = (name: string) => form.get(name) === "on";
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value.slice(0, 100) : "";
  };
  const fields: string[] = [];
  const money = (name: string): number => {
    const parsed = parseKroner(text(name));
    if ("error" in parsed) {
      fields.push(name);
      return 0;
    }
    return parsed.ore;
  };
  const lowThreshold = money("lowBalance.threshold");
  const largeThreshold = money("largeTransaction.threshold");
  const factor = Number(text("unusualSpending.factor").replace(",", "."));
  if (!Number.isFinite(factor) || factor < 1.1 || factor > 10) fields.push("unusualSpending.factor");
  const hours = Number(text("syncFailing.hours"));
  if (!Number.isInteger(hours) || hours < 1 || hours > 720) fields.push("syncFailing.hours");
  const accounts: Record<string, number | null> = {};
  for (const id of accountIds) {
    if (!on(`lowBalance.account.${id}`)) {
      accounts[id] = null;
      continue;
    }
    if (text(`lowBalance.limit.${id}`).trim() !== "") accounts[id] = money(`lowBalance.limit.${id}`);
  }
  if (fields.length > 0) return { ok: false, fields };
  const settings = alertSettingsSchema.safeParse({
    lowBalance: { enabled: on("lowBalance.enabled"), threshold: lowThreshold, accounts },
    largeTransaction: { enabled: on("largeTransaction.enabled"), threshold: largeThreshold },
    unusualSpending: { enabled: on("unusualSpending.enabled"), factor },
    syncFailing: { enabled: on("syncFailing.enabled"), hours },
    ...Object.fromEntries(BOOLEAN_KINDS.map((kind) => [kind, { enabled: on(`${kind}.enabled`) }])),
    details: on("details"),
    locale,
  });
  return settings.success ? { ok: true, settings: settings.data } : { ok: false, fields: settings.error.issues.map((issue) => issue.path.join(".")) };
}
