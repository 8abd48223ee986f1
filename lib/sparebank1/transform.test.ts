import { describe, expect, it } from "vitest";
import { rawAccountListResponse, rawClassifiedResponse, rawTokenResponse } from "./raw-types";
import { readableAccounts } from "./readable-accounts";
import { toBankAccount, toBankProblems, toBankTokens, toBankTransaction, toMinorUnits } from "./transform";

describe("toMinorUnits", () => {
  it("avoids float drift", () => {
    expect(toMinorUnits(12.34)).toBe(1234);
    expect(toMinorUnits(-0.29)).toBe(-29);
    expect(toMinorUnits(1234567.89)).toBe(123456789);
  });
});

describe("toBankAccount", () => {
  const raw = readableAccounts(rawAccountListResponse.parse({
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
  }).accounts);

  it("reads a balance the answer leaves out as unknown, never as 0 kr", () => {
    const [left] = readableAccounts([{ key: "k9", accountNumber: "42128551029", name: "Pensjon", balance: null }]).accounts;
    expect(toBankAccount(left!)).toMatchObject({ balance: null, availableBalance: null });
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
  const accounts = new Map([["k1", { accountNumber: "42123014655", currencyCode: "NOK" }]]);
  const read = (raw: unknown) => {
    const reading = toBankTransaction(raw, accounts);
    if (!("row" in reading)) throw new Error(`skipped: ${reading.skipped.reason}`);
    return reading.row;
  };

  it("buckets by Oslo day (not UTC) and picks the most confident category", () => {
    expect(read(response.transactions[0]!)).toMatchObject({
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
    expect(read(response.transactions[0]!).nonUniqueId).toBeUndefined();
  });

  it("maps pending rows, uncategorised rows and account keys", () => {
    const row = read(response.transactions[1]!);
    expect(row).toMatchObject({ status: "PENDING", accountNumber: "42123014655", bookingDate: "2025-01-15" });
    expect(row.categoryMain).toBeUndefined();
  });

  it("skips, with a reason, rows it cannot place on an account", () => {
    expect(toBankTransaction(response.transactions[2]!, accounts)).toEqual({ skipped: { reason: "the row names no account", date: "2025-01-15", amount: 1000 } });
  });

  it("skips, with a reason, rows the spec allows but that lack what a ledger needs", () => {
    expect(toBankTransaction({ transaction: { id: "x", source: "RECENT", bookingStatus: "BOOKED", canShowDetails: true, accountKey: "k1", amount: 5 } }, accounts)).toEqual({
      skipped: { reason: "the row has no date", amount: 500, accountNumber: "42123014655", accountKey: "k1" },
    });
    expect(toBankTransaction({ transaction: { id: "x", date: winterMidnight, accountKey: "k1" } }, accounts)).toMatchObject({ skipped: { reason: "the row has no amount" } });
    expect(toBankTransaction({ categories: [] }, accounts)).toMatchObject({ skipped: { reason: "the classified row has no transaction" } });
    expect(toBankTransaction({ transaction: { date: "soon", amount: 1, accountKey: "k1" } }, accounts)).toMatchObject({ skipped: { reason: expect.stringContaining("transaction.date") } });
    expect(toBankTransaction("not an object", accounts)).toMatchObject({ skipped: { reason: expect.stringContaining("unexpected type") } });
  });

  it("keeps a foreign purchase's own currency beside the amount, which is in the account's", () => {
    const row = read({ transaction: { date: winterMidnight, amount: -2450.75, currencyCode: "EUR", currencyAmount: -210.4, accountKey: "k1", description: "HOTEL" } });
    expect(row).toMatchObject({ amount: -245075, currencyCode: "NOK", foreignCurrency: "EUR", foreignAmount: -21040 });
    const withAccountCurrency = read({ transaction: { date: winterMidnight, amount: -12.5, accountCurrency: "EUR", currencyCode: "EUR", currencyAmount: -12.5, accountKey: "k1", description: "x" } });
    expect(withAccountCurrency.currencyCode).toBe("EUR");
    expect(withAccountCurrency.foreignCurrency ?? withAccountCurrency.foreignAmount).toBeUndefined();
    const domestic = read({ transaction: { date: winterMidnight, amount: -10, currencyCode: "NOK", currencyAmount: -10, accountKey: "k1", description: "x" } });
    expect(domestic.currencyCode).toBe("NOK");
    expect(domestic.foreignCurrency).toBeUndefined();
  });

  it("holds 64-bit amounts exactly: 25,000,000 IDR and a 30,000,000 kr balance", () => {
    const row = read({ transaction: { date: winterMidnight, amount: -16400.55, currencyCode: "IDR", currencyAmount: -25_000_000, accountKey: "k1", description: "x" } });
    expect(row.foreignAmount).toBe(-2_500_000_000);
    expect(toMinorUnits(30_000_000)).toBe(3_000_000_000);
    expect(toMinorUnits(21_474_836.48)).toBe(2_147_483_648);
  });

  it("names the payee from the cleaned text when the bank sent no merchant (merchant data only comes when asked)", () => {
    expect(read({ transaction: { date: winterMidnight, amount: -1, accountKey: "k1", description: "VISA VARE 99 REMA 1000", cleanedDescription: "Rema 1000" } }).merchantName).toBe("Rema 1000");
  });

  it("keeps a non-zero nonUniqueId and the bank's recurring and subscription flags", () => {
    const row = read({ transaction: { date: winterMidnight, amount: -1, accountKey: "k1", nonUniqueId: "12345678901", description: "x" }, recurring: true, subscription: true });
    expect(row).toMatchObject({ nonUniqueId: "12345678901", recurring: true, subscription: true });
  });
});

describe("toBankProblems", () => {
  it("reads the spec's plain-string errors and the object form alike", () => {
    const answer = rawClassifiedResponse.parse({ transactions: [], errors: ["CREDIT_ACCOUNTS_FAILED", { code: "RECENT_TRANSACTIONS_FAILED", message: "Recent failed" }] });
    expect(toBankProblems(answer.errors)).toEqual([
      { code: "CREDIT_ACCOUNTS_FAILED", message: expect.stringContaining("credit card") },
      { code: "RECENT_TRANSACTIONS_FAILED", message: "Recent failed" },
    ]);
    expect(rawAccountListResponse.safeParse({ accounts: [], errors: ["CREDIT_ACCOUNTS_FAILED"] }).success).toBe(true);
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
