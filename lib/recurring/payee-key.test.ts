import { describe, expect, it } from "vitest";
import { normaliseText, payeeKeys } from "./payee-key";

describe("payee keys", () => {
  it("strips what the bank's text drift adds: card prefix, date or place suffix, references", () => {
    expect(normaliseText("VISA VARE 123456 SPOTIFY P2F3A8C1")).toBe("SPOTIFY");
    expect(normaliseText("SPOTIFY P2F3A8C1 27.11")).toBe("SPOTIFY");
    expect(normaliseText("SATS NORGE AS OSLO")).toBe("SATS NORGE");
    expect(normaliseText("NETFLIX.COM")).toBe("NETFLIX COM");
    expect(normaliseText("KIWI 505 STORO")).toBe("KIWI STORO");
  });

  it("prefers the remote account, else merchant and text together", () => {
    expect(payeeKeys({ remoteAccountNumber: "8200.01.23456", merchantName: "Gjensidige", description: "GJENSIDIGE" })).toEqual(["a:82000123456"]);
    expect(payeeKeys({ remoteAccountNumber: null, merchantName: "Netflix", description: "NETFLIX.COM OSLO" })).toEqual(["m:netflix", "t:netflix com"]);
    expect(payeeKeys({ remoteAccountNumber: null, merchantName: null, description: "12345" })).toEqual(["t:"]);
  });
});
