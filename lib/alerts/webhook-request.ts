export const WEBHOOK_FORMATS = ["json", "ntfy", "slack", "discord"] as const;
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number];

export interface OutgoingAlert {
  kind: string;
  title: string;
  body: string;
  /** Absolute address of what the alert is about. */
  url: string;
  at: string;
}

/** HTTP headers carry ASCII only: non-ASCII titles go as an RFC 2047 encoded word (ntfy reads it). */
function headerText(text: string): string {
  return /^[\x20-\x7e]*$/.test(text) ? text : `=?UTF-8?B?${Buffer.from(text, "utf8").toString("base64")}?=`;
}

/** The request a webhook of the chosen format expects. */
export function webhookRequest(format: WebhookFormat, alert: OutgoingAlert): { headers: Record<string, string>; body: string } {
  const lines = [alert.body, alert.url].filter(Boolean).join("\n");
  switch (format) {
    case "ntfy":
      return { headers: { "Content-Type": "text/plain; charset=utf-8", Title: headerText(alert.title), Click: alert.url, Tags: alert.kind }, body: alert.body || alert.title };
    case "slack":
      return { headers: { "Content-Type": "application/json" }, body: JSON.stringify({ text: `*${alert.title}*\n${lines}` }) };
    case "discord":
      return { headers: { "Content-Type": "application/json" }, body: JSON.stringify({ content: `**${alert.title}**\n${lines}` }) };
    case "json":
      return { headers: { "Content-Type": "application/json" }, body: JSON.stringify({ kind: alert.kind, title: alert.title, body: alert.body, url: alert.url, at: alert.at }) };
  }
}

/** Where a webhook may point: https anywhere, plain http only on this machine (a local receiver). */
export function webhookUrlProblem(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return "not a URL";
  }
  if (text.length > 2000) return "too long";
  if (url.protocol === "https:") return null;
  if (url.protocol === "http:" && ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname)) return null;
  return "not https";
}
