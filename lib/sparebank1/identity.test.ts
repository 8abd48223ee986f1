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

  it("names nobody when the bank marks no account as owned by the customer (only the right to use another's)", () => {
    const onlyUses = [account("karis", "kari", { isOwned: false, isDefaultPaymentAccount: true }), account("joint", "kari", { isOwned: false })];
    expect(() => identityFromAccounts(onlyUses, "sb1:kari")).toThrow(/who owns/);
    expect(() => identityFromAccounts(onlyUses, null)).toThrow(/who owns/);
  });

  describe("where the bank does not mark owned accounts", () => {
    const unmarked = (key: string, owner: string, properties: Record<string, boolean> = {}): RawAccount => ({ ...account(key, owner), accountProperties: { ...properties } });

    it("never takes the known owner from another person's account the customer may use", () => {
      const ola = [unmarked("karis", "kari"), unmarked("own", "ola", { isDefaultPaymentAccount: true })];
      expect(identityFromAccounts(ola, "sb1:kari").subject).toBe("sb1:ola");
      const olaWithoutDefault = [unmarked("karis", "kari"), unmarked("own", "ola")];
      expect(() => identityFromAccounts(olaWithoutDefault, "sb1:kari")).toThrow(/who owns/);
    });

    it("is the default payment account's owner, else the one owner every account names", () => {
      expect(identityFromAccounts([unmarked("a", "kari"), unmarked("b", "kari", { isDefaultPaymentAccount: true })], "sb1:kari").subject).toBe("sb1:kari");
      expect(identityFromAccounts([unmarked("a", "kari"), unmarked("b", "kari")], null).subject).toBe("sb1:kari");
    });
  });

  it("refuses accounts that name no owner", () => {
    expect(() => identityFromAccounts([{ key: "a", accountNumber: "1", name: "x" }], null)).toThrow(/who owns/);
  });
});
