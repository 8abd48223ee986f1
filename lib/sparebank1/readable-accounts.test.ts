import { describe, expect, it } from "vitest";
import { identityFromAccounts } from "./identity";
import { readableAccounts } from "./readable-accounts";

const owner = { name: "Kari Nordmann", customerKey: "c1" };

describe("readableAccounts", () => {
  it("keeps every account it can read and names where each other one failed", () => {
    const { accounts, unreadable } = readableAccounts([
      { key: "k1", accountNumber: "42123014655", name: "Brukskonto", balance: 10, owner },
      { key: "k2", accountNumber: "42120470994", name: 42, balance: 5, owner },
      { key: "k3", accountNumber: "", name: "Pensjon" },
    ]);
    expect(accounts.map((account) => account.key)).toEqual(["k1"]);
    expect(unreadable).toEqual([
      { position: 2, where: "name" },
      { position: 3, where: "accountNumber" },
    ]);
  });

  // At login the owner is found in the same list: one odd account must not stop the login either.
  it("leaves the owner to be found among the readable accounts", () => {
    const { accounts } = readableAccounts([{ key: "k2", accountNumber: "42120470994", name: 42 }, { key: "k1", accountNumber: "42123014655", name: "Brukskonto", owner }]);
    expect(identityFromAccounts(accounts, null)).toMatchObject({ name: "Kari Nordmann" });
  });
});
