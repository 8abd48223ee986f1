import { describe, expect, it } from "vitest";
import { webhookSave } from "./webhook-save";

describe("webhookSave", () => {
  it("keeps the saved address when the field is left empty (it is never shown again)", () => {
    expect(webhookSave("", true)).toEqual({ kind: "keep" });
    expect(webhookSave("   ", true)).toEqual({ kind: "keep" });
  });

  it("needs an address when none is saved", () => {
    expect(webhookSave("", false)).toEqual({ kind: "invalid" });
  });

  it("takes a new address, trimmed, and refuses one that is not https (or http on this machine)", () => {
    expect(webhookSave(" https://ntfy.sh/saldo ", true)).toEqual({ kind: "set", url: "https://ntfy.sh/saldo" });
    expect(webhookSave("http://127.0.0.1:8080/hook", false)).toEqual({ kind: "set", url: "http://127.0.0.1:8080/hook" });
    expect(webhookSave("http://example.com/hook", true)).toEqual({ kind: "invalid" });
    expect(webhookSave("not a url", true)).toEqual({ kind: "invalid" });
  });
});
