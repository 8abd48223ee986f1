import { describe, expect, it } from "vitest";
import { webhookRequest, webhookUrlProblem } from "./webhook-request";

const alert = { kind: "budget_80", title: "Budsjettet for Klær er brukt opp", body: "Brukt 4 000,00 kr av 5 000,00 kr.", url: "https://saldo.example/budgets", at: "2026-11-30T10:00:00.000Z" };

describe("webhookRequest", () => {
  it("sends JSON, or what ntfy, Slack and Discord expect", () => {
    expect(JSON.parse(webhookRequest("json", alert).body)).toEqual(alert);
    expect(JSON.parse(webhookRequest("slack", alert).body)).toEqual({ text: `*${alert.title}*\n${alert.body}\n${alert.url}` });
    expect(JSON.parse(webhookRequest("discord", alert).body)).toEqual({ content: `**${alert.title}**\n${alert.body}\n${alert.url}` });
    const ntfy = webhookRequest("ntfy", alert);
    expect(ntfy.body).toBe(alert.body);
    expect(ntfy.headers.Click).toBe(alert.url);
    // Headers are ASCII: "æ" travels as an RFC 2047 encoded word.
    expect(ntfy.headers.Title).toMatch(/^=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=$/);
    expect(Buffer.from(ntfy.headers.Title!.slice(10, -2), "base64").toString("utf8")).toBe(alert.title);
    expect(webhookRequest("ntfy", { ...alert, title: "Plain title" }).headers.Title).toBe("Plain title");
  });

  it("accepts https addresses and plain http on this machine only", () => {
    expect(webhookUrlProblem("https://ntfy.sh/my-topic")).toBeNull();
    expect(webhookUrlProblem("http://127.0.0.1:9000/hook")).toBeNull();
    expect(webhookUrlProblem("http://example.com/hook")).toBe("not https");
    expect(webhookUrlProblem("javascript:alert(1)")).toBe("not https");
    expect(webhookUrlProblem("nope")).toBe("not a URL");
  });
});
