import { describe, expect, it } from "vitest";
import { identityFromAccounts } from "./identity";
import type { RawAccount } from "./raw-types";

function account(key: string, owner: string, properties: Record<string, boolean> = {}): RawAccount {
  return { key, accountNumber: key, name: key, owner: { customerKey: owner, name: `Person ${owner}` }, accountProperties: { isOwned: true, ...properties } };
}

describe("identityFromAccounts", () => {
  it("is the default payment account's owner at the first login", () => {
    const accounts = [account("a", "k1"), account("b", "k2", { isDefaultPaymentAccount: true })];
    expect(identityFromAccounts(accounts, null)).toEqual({ subject: "sb1:k2", name: "Person k2" });
  });

  it("stays the known owner when another account becomes the default payment account", () => {
    const before = [account("a", "kari", { isDefaultPaymentAccount: true }), account("b", "ola")];
    const subject = identityFromAccounts(before, null).subject;
    const after = [account("a", "kari"), account("b", "ola", { isDefaultPaymentAccount: true })];
    expect(identityFromAccounts(after, subject).subject).toBe("sb1:kari");
  });

  it("never takes the known owner from an account the customer does not own", () => {
    const spouse = [account("own", "ola", { isDefaultPaymentAccount: true }), account("joint", "kari", { isOwned: false })];
    expect(identityFromAccounts(spouse, "sb1:kari").subject).toBe("sb1:ola");
  });

  it("ignores a default payment account the customer does not own", () => {
    const accounts = [account("joint", "kari", { isOwned: false, isDefaultPaymentAccount: true }), account("own", "ola")];
    expect(identityFromAccounts(accounts, null).subject).toBe("sb1:ola");
  });

  it("refuses accounts that name no owner", () => {
    expect(() => identityFromAccounts([{ key: "a", accountNumber: "1", name: "x" }], null)).toThrow(/who owns/);
  });
});
