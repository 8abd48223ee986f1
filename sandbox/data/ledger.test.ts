import { describe, expect, it } from "vitest";
import { BANKS, TEST_PERSONS, generateLedger, isValidAccountNumber, osloDateOf, osloMidnightMs } from ".";
import { osloMinuteOfDay } from "./oslo-date";

const NOW = Date.UTC(2025, 10, 12, 10, 0);

describe("Oslo dates", () => {
  it("gives DST-correct epoch ms of Oslo midnight", () => {
    expect(osloMidnightMs("2025-03-30")).toBe(Date.UTC(2025, 2, 29, 23, 0)); // DST starts 02:00 that night
    expect(osloMidnightMs("2025-03-31")).toBe(Date.UTC(2025, 2, 30, 22, 0));
    expect(osloMidnightMs("2025-10-26")).toBe(Date.UTC(2025, 9, 25, 22, 0)); // DST ends 03:00 that night
    expect(osloMidnightMs("2025-10-27")).toBe(Date.UTC(2025, 9, 26, 23, 0));
    expect(osloMidnightMs("2024-01-15")).toBe(Date.UTC(2024, 0, 14, 23, 0));
  });

  it("agrees with Intl for a sample of instants", () => {
    const format = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    for (let ms = Date.UTC(2023, 0, 1); ms < Date.UTC(2026, 0, 1); ms += 7 * 3_600_000 + 13 * 60_000) {
      const parts = Object.fromEntries(format.formatToParts(ms).map((part) => [part.type, part.value]));
      expect(osloDateOf(ms)).toBe(`${parts.year}-${parts.month}-${parts.day}`);
      expect(osloMinuteOfDay(ms)).toBe(Number(parts.hour) * 60 + Number(parts.minute));
    }
  });
});

describe("generateLedger", () => {
  it("has two or more persons with 4–6 accounts each and the 12 current banks", () => {
    expect(TEST_PERSONS.length).toBeGreaterThanOrEqual(2);
    expect(BANKS).toHaveLength(12);
    expect(BANKS.every((bank) => bank.name.startsWith("SpareBank 1 "))).toBe(true);
    for (const person of TEST_PERSONS) {
      const { accounts } = generateLedger(1, person.id, NOW);
      expect(accounts.length).toBeGreaterThanOrEqual(4);
      expect(accounts.length).toBeLessThanOrEqual(6);
      const kinds = accounts.map((account) => account.kind);
      expect(kinds).toEqual(expect.arrayContaining(["checking", "savings", "bsu", "creditcard"]));
      for (const account of accounts) {
        if (account.kind === "creditcard") {
          expect(account.accountNumber).toMatch(/^K\d+$/);
          expect(account.type).toBe("CREDITCARD");
          expect(account.creditCardAccountId).toBeTruthy();
          expect(account.creditLimitOre).toBeGreaterThan(0);
        } else {
          expect(isValidAccountNumber(account.accountNumber)).toBe(true);
          expect(account.iban).toBe(`NO${account.iban.slice(2, 4)}${account.accountNumber}`);
        }
      }
    }
  });

  it("is deterministic per seed and differs between seeds", () => {
    const a = generateLedger(1, "kari", NOW);
    const b = generateLedger(1, "kari", NOW);
    const c = generateLedger(2, "kari", NOW);
    expect(b).toEqual(a);
    expect(c.transactions.map((row) => row.amountOre)).not.toEqual(a.transactions.map((row) => row.amountOre));
  });

  it("keeps a day's rows when now moves on, except pending becoming booked", () => {
    const early = generateLedger(1, "ola", NOW);
    const later = generateLedger(1, "ola", NOW + 40 * 86_400_000);
    const laterByKey = new Map(later.transactions.map((row) => [row.stableKey, row]));
    for (const row of early.transactions) {
      const same = laterByKey.get(row.stableKey);
      expect(same).toBeDefined();
      expect(same?.amountOre).toBe(row.amountOre);
      expect(same?.cleanedDescription).toBe(row.cleanedDescription);
      if (row.status === "PENDING") {
        expect(same?.status).toBe("BOOKED");
        expect(row.description).toContain(same?.description ?? "?");
        expect(row.description).not.toBe(same?.description);
      }
    }
    expect(early.transactions.some((row) => row.status === "PENDING")).toBe(true);
  });

  it("starts on Jan 1 three years back, stops at now, with a realistic volume", () => {
    const { transactions } = generateLedger(1, "kari", NOW);
    const dates = transactions.map((row) => row.osloDate);
    expect(dates[0]?.startsWith("2022-01")).toBe(true);
    expect(dates.every((date) => date <= "2025-11-12")).toBe(true);
    const perMonth = new Map<string, number>();
    for (const date of dates) perMonth.set(date.slice(0, 7), (perMonth.get(date.slice(0, 7)) ?? 0) + 1);
    const fullMonths = [...perMonth.entries()].filter(([month]) => month < "2025-11").map(([, count]) => count);
    expect(Math.min(...fullMonths)).toBeGreaterThanOrEqual(70);
    expect(Math.max(...fullMonths)).toBeLessThanOrEqual(200);
  });

  it("computes balances from the opening balance and booked rows", () => {
    for (const person of TEST_PERSONS) {
      const { accounts, transactions } = generateLedger(1, person.id, NOW);
      for (const account of accounts) {
        const rows = transactions.filter((row) => row.accountKey === account.key);
        const booked = rows.filter((row) => row.status === "BOOKED").reduce((sum, row) => sum + row.amountOre, 0);
        const pending = rows.filter((row) => row.status === "PENDING").reduce((sum, row) => sum + row.amountOre, 0);
        expect(account.balanceOre).toBe(account.openingBalanceOre + booked);
        expect(account.availableBalanceOre).toBe(account.balanceOre + pending + (account.creditLimitOre ?? 0));
        if (account.kind === "checking") expect(account.balanceOre).toBeGreaterThan(0);
      }
    }
  });

  it("books own-account transfers on both sides and pays the card bill from checking", () => {
    const { accounts, transactions } = generateLedger(1, "kari", NOW);
    const byNumber = new Map(accounts.map((account) => [account.accountNumber, account]));
    const transfers = transactions.filter((row) => row.typeCode === "OVFNETTB" && row.remoteAccountNumber && byNumber.has(row.remoteAccountNumber));
    expect(transfers.length).toBeGreaterThan(50);
    for (const out of transfers.filter((row) => row.amountOre < 0)) {
      const counterpart = transfers.find((row) => row.osloDate === out.osloDate && row.amountOre === -out.amountOre && row.accountNumber === out.remoteAccountNumber && row.remoteAccountNumber === out.accountNumber);
      expect(counterpart).toBeDefined();
    }
    const card = accounts.find((account) => account.kind === "creditcard");
    expect(transfers.some((row) => row.accountNumber === card?.accountNumber && row.amountOre > 0 && row.categorySub === "CREDIT_CARD_BILL")).toBe(true);
  });

  it("has salaries, categories, identical same-day rows, zero and numeric nonUniqueIds", () => {
    const { transactions } = generateLedger(1, "kari", NOW);
    const salaries = transactions.filter((row) => row.description.startsWith("LØNN FRA"));
    expect(salaries.length).toBeGreaterThanOrEqual(46);
    expect(salaries.every((row) => row.amountOre >= 45_000_00 && row.amountOre <= 60_000_00)).toBe(true);
    const uncategorised = transactions.filter((row) => row.categoryMainI18n === "Ukategorisert").length / transactions.length;
    expect(uncategorised).toBeGreaterThan(0.01);
    expect(uncategorised).toBeLessThan(0.06);
    const signatures = transactions.map((row) => `${row.accountKey}|${row.osloDate}|${row.amountOre}|${row.description}`);
    expect(new Set(signatures).size).toBeLessThan(signatures.length);
    expect(new Set(transactions.map((row) => row.stableKey)).size).toBe(transactions.length);
    expect(transactions.some((row) => row.nonUniqueId === "00000000000")).toBe(true);
    expect(transactions.some((row) => /^[1-9]\d{10}$|^0\d*[1-9]\d*$/.test(row.nonUniqueId))).toBe(true);
    const mains = new Set(transactions.map((row) => row.categoryMain));
    for (const main of ["GROCERIES", "HOUSING", "TRANSPORT", "FOOD_AND_DRINK", "SUBSCRIPTIONS", "TRAVEL", "HEALTH", "SHOPPING", "INCOME", "SAVINGS", "TRANSFERS"]) {
      expect(mains).toContain(main);
    }
  });
});
