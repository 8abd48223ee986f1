import { describe, expect, it } from "vitest";
import { rawAccountsResponse, rawClassifiedResponse, rawTokenResponse } from "./raw-types";
import { toBankAccount, toBankTokens, toBankTransaction, toMinorUnits } from "./transform";

describe("toMinorUnits", () => {
  it("avoids float drift", () => {
    expect(toMinorUnits(12.34)).toBe(1234);
    expect(toMinorUnits(-0.29)).toBe(-29);
    expect(toMinorUnits(1234567.89)).toBe(123456789);
  });
});

describe("toBankAccount", () => {
  const raw = rawAccountsResponse.parse({
    accounts: [
      {
        key: "k1",
        accountNumber: "42123014655",
        name: "Brukskonto",
        description: "Hverdag",
        balance: 1234.5,
        availableBalance: 1200,
        currencyCode: "NOK",
        owner: { name: "Kari Nordmann", customerKey: "c1" },
        type: "USER",
        productType: "BRUKSKONTO",
        disposalRole: true,
        accountProperties: { isSavingsAccount: false },
      },
      { key: "k2", accountNumber: "K9710794423", name: "Kredittkort", balance: -10, type: "CREDITCARD", creditCardCreditLimit: 30000 },
      { key: "k3", accountNumber: "42120470994", name: "BSU", balance: 5, productType: "BSU", accountProperties: { isSavingsAccount: true } },
      { key: "k4", accountNumber: "42128551020", name: "Sparekonto", balance: 5, accountProperties: { isSavingsAccount: true } },
      { key: "k5", accountNumber: "42128551021", name: "Euro", balance: 5, currencyCode: "EUR" },
    ],
    errors: [],
  });

  it("keeps the user's own name apart from the bank's and converts money", () => {
    expect(toBankAccount(raw.accounts[0]!)).toMatchObject({
      name: "Brukskonto",
      description: "Hverdag",
      balance: 123450,
      availableBalance: 120000,
      type: "CHECKING",
      ownerName: "Kari Nordmann",
    });
  });

  it("classifies kinds", () => {
    expect(raw.accounts.map((account) => toBankAccount(account).type)).toEqual(["CHECKING", "CREDITCARD", "BSU", "SAVINGS", "CURRENCY"]);
    expect(toBankAccount(raw.accounts[1]!).creditLimit).toBe(3000000);
    expect(toBankAccount(raw.accounts[1]!).availableBalance).toBe(-1000);
  });
});

describe("toBankTransaction", () => {
  const winterMidnight = Date.parse("2025-01-14T23:00:00Z");
  const dstStartMidnight = Date.parse("2025-03-29T23:00:00Z");
  const response = rawClassifiedResponse.parse({
    transactions: [
      {
        transaction: {
          id: "enc-1",
          nonUniqueId: "000000",
          date: dstStartMidnight,
          interestDate: winterMidnight,
          amount: -49.9,
          currencyCode: "NOK",
          description: "VISA VARE 1234 KIWI 505 STORO",
          cleanedDescription: "Kiwi",
          bookingStatus: "BOOKED",
          accountKey: "k1",
          accountNumber: { value: "42123014655", formatted: "4212.30.14655", unformatted: "42123014655" },
          merchant: { name: "KIWI" },
          isConfidential: false,
        },
        categories: [
          { main: "GROCERIES", mainI18n: "Dagligvarer", sub: "SUPERMARKET", subI18n: "Butikk", confidence: 0.9 },
          { main: "OTHER", mainI18n: "Annet", sub: "X", subI18n: "X", confidence: 0.1 },
        ],
      },
      {
        transaction: { date: winterMidnight, amount: 10, bookingStatus: "PENDING", accountKey: "k1", description: "Vipps" },
        categories: [{ main: "UNCATEGORIZED", mainI18n: "Ukategorisert", sub: "", subI18n: "" }],
      },
      { transaction: { date: winterMidnight, amount: 10, description: "no account" } },
    ],
  });
  const byKey = new Map([["k1", "42123014655"]]);

  it("buckets by Oslo day (not UTC) and picks the most confident category", () => {
    expect(toBankTransaction(response.transactions[0]!, byKey)).toMatchObject({
      accountNumber: "42123014655",
      bookingDate: "2025-03-30",
      interestDate: "2025-01-15",
      amount: -4990,
      rawDescription: "VISA VARE 1234 KIWI 505 STORO",
      description: "Kiwi",
      status: "BOOKED",
      merchantName: "KIWI",
      categoryMain: "GROCERIES",
      categoryMainLabel: "Dagligvarer",
    });
  });

  it("maps pending rows, uncategorised rows and account keys", () => {
    const row = toBankTransaction(response.transactions[1]!, byKey)!;
    expect(row).toMatchObject({ status: "PENDING", accountNumber: "42123014655", bookingDate: "2025-01-15" });
    expect(row.categoryMain).toBeUndefined();
  });

  it("skips rows it cannot place on an account", () => {
    expect(toBankTransaction(response.transactions[2]!, byKey)).toBeUndefined();
  });
});

describe("toBankTokens", () => {
  it("turns lifetimes into instants", () => {
    const tokens = toBankTokens(
      rawTokenResponse.parse({ access_token: "a", refresh_token: "r", expires_in: 600, refresh_token_expires_in: 2592000, refresh_token_absolute_expires_in: "31536000", token_type: "Bearer" }),
      0,
    );
    expect(tokens.accessExpiresAt.getTime()).toBe(600_000);
    expect(tokens.refreshIdleExpiresAt?.getTime()).toBe(2_592_000_000);
    expect(tokens.refreshAbsoluteExpiresAt?.getTime()).toBe(31_536_000_000);
  });
  it("rejects a response without a refresh token", () => {
    expect(rawTokenResponse.safeParse({ access_token: "a", expires_in: 600 }).success).toBe(false);
  });
});
