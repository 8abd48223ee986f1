import { webhookUrlProblem } from "./webhook-request";

/** What saving the webhook form does: the saved address is never shown again, so an empty field keeps it. */
export type WebhookSave = { kind: "set"; url: string } | { kind: "keep" } | { kind: "invalid" };

export function webhookSave(typed: string, hasSaved: boolean): WebhookSave {
  const url = typed.trim();
  if (url === "") return hasSaved ? { kind: "keep" } : { kind: "invalid" };
  return webhookUrlProblem(url) ? { kind: "invalid" } : { kind: "set", url };
}
