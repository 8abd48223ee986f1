// A row that pays one of the owner's accounts is an own transfer, left out of spending and income,
// also when the bank lists that account only after the row was stored (a new savings account, or
// one a partial answer left out) and no later sync writes the row again (older history, imported
// from the bank's CSV). Real libSQL file, Saldo's real sync engine, a bank as plain data.
import { beforeAll, describe, expect, it } from "vitest";
import { useTempDatabase } from "../../test-support/temp-database";
import type { BankAccountData, BankTransactionData } from "../domain/types";
import type { BankSource } from "./bank-source";

let db: typeof import("../db/client").db;
let runSync: typeof import("./run-sync").runSync;
let commitImport: typeof import("../db/import-store").commitImport;
let createRule: typeof import("../db/rule-store").createRule;

beforeAll(async () => {
  Object.assign(process.env, { SALDO_MIN_SYNC_SECONDS: "0", SALDO_BACKFILL_DAYS: "0" });
  await useTempDatabase();
  ({ db } = await import("../db/client"));
  ({ runSync } = await import("./run-sync"));
  ({ commitImport } = await import("../db/import-store"));
  ({ createRule } = await import("../db/rule-store"));
});

const account = (bankKey: string, accountNumber: string, name: string): BankAccountData => ({
  bankKey, accountNumber, name, type: "CHECKING", currencyCode: "NOK", balance: 100_000, availableBalance: 100_000, isSavings: false, isHidden: false,
});
const osloDay = (msAgo: number) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo" }).format(new Date(Date.now() - msAgo));

describe("own transfers", () => {
  it("are marked on stored rows once the bank lists the account they pay", async () => {
    const checking = account("k1", "42120000001", "Brukskonto");
    const savings = account("k2", "42120000002", "Sparekonto");
    const recent: BankTransactionData = {
      accountKey: "k1", accountNumber: checking.accountNumber, status: "BOOKED", bookingDate: osloDay(0), amount: -10_000, currencyCode: "NOK",
      rawDescription: "KIWI", description: "KIWI", nonUniqueId: "7001", recurring: false, subscription: false,
    };
    let listed = [checking];
    const bank: BankSource = {
      accounts: async () => ({ accounts: listed, problems: [] }),
      transactions: async (query) => ({ transactions: query.accounts.has("k1") ? [recent] : [], problems: [], skipped: [], capped: false }),
    };
    const user = await db().user.create({ data: {} });
    await runSync(user.id, "cron", { bank });
    const stored = await db().account.findFirstOrThrow({ where: { userId: user.id, accountNumber: checking.accountNumber } });
    // Older history from the bank's CSV: a transfer to an account Saldo does not know yet.
    const old = osloDay(200 * 86_400_000);
    await commitImport(user.id, stored.id, [{ line: 2, bookingDate: old, interestDate: null, amount: -500_000, description: "Overføring til sparing", remoteAccount: "4212.00.00002" }]);
    const transfer = () => db().transaction.findFirstOrThrow({ where: { userId: user.id, bookingDate: old }, select: { id: true, isOwnTransfer: true } });
    const before = await transfer();
    expect(before.isOwnTransfer).toBe(false);
    // A rule names the row's category: its effect holds the transfer mark it saw, which must follow.
    await createRule(user.id, { name: "Sparing", conditions: { descriptionContains: "sparing" }, actions: { setCategory: { main: "SAVINGS", mainLabel: "Sparing" } } });
    expect(await db().transactionEffect.findUniqueOrThrow({ where: { transactionId: before.id } })).toMatchObject({ isTransfer: false, categoryMain: "SAVINGS" });

    // The savings account appears in the bank's list: the stored row becomes an own transfer, in place.
    listed = [checking, savings];
    await runSync(user.id, "cron", { bank });
    expect(await transfer()).toEqual({ id: before.id, isOwnTransfer: true });
    expect(await db().transactionEffect.findUniqueOrThrow({ where: { transactionId: before.id } })).toMatchObject({ isTransfer: true, categoryMain: "SAVINGS" });
  }, 60_000);
});
