import { describe, expect, it } from "vitest";
import { bankAuthOrigin } from "./bank-urls";

describe("bankAuthOrigin", () => {
  it("is our own origin (empty) in sandbox mode, the bank's with a client, or the override's", () => {
    expect(bankAuthOrigin({})).toBe("");
    expect(bankAuthOrigin({ SB1_CLIENT_ID: "id" })).toBe("https://api-auth.sparebank1.no");
    expect(bankAuthOrigin({ SB1_CLIENT_ID: "id", SB1_AUTH_URL: "http://localhost:4455/x" })).toBe("http://localhost:4455");
    expect(bankAuthOrigin({ SB1_AUTH_URL: "not a url" })).toBe("");
  });
});
