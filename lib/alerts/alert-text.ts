import { formatDay } from "../format/dates";
import { formatMoney } from "../format/money";
import type { Messages } from "../i18n/messages";
import type { AlertKind } from "./evaluate-alerts";

const MONEY = new Set(["balance", "threshold", "amount", "spent", "budget", "usual", "from", "to"]);
const DAYS = new Set(["date", "expected"]);

function fill(template: string, params: Record<string, string | number>, intlLocale: string): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) return "";
    if (MONEY.has(name) && typeof value === "number") return formatMoney(value, typeof params.currency === "string" ? params.currency : "NOK");
    if (DAYS.has(name) && typeof value === "string") return formatDay(value, intlLocale);
    return String(value);
  });
}

/**
 * An alert in words. In the app it says everything; out of the app (push, webhook) the body with
 * its amounts is left out unless the owner turned details on, and no account number ever appears.
 */
export function alertText(kind: AlertKind, params: Record<string, string | number>, text: Messages["alerts"], intlLocale: string, options: { details: boolean }): { title: string; body: string } {
  return {
    title: fill(text.titles[kind], params, intlLocale),
    body: options.details ? fill(text.bodies[kind], params, intlLocale) : "",
  };
}
