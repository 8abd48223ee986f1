import "server-only";
import type { BankCsvRow } from "../import/bank-csv";
import { planImport, type ImportPlan } from "../import/match-import";
import { SaldoError } from "../errors/saldo-error";
import { db } from "./client";
import { renewDataVersion } from "./data-version";
import { recomputeEffectsIn } from "./effect-store";
import { isOwnAccount, ownAccountNumbers } from "./own-accounts";
import type { Prisma } from "./generated/client";

type Reader = Pick<Prisma.TransactionClient, "account" | "transaction">;

async function planFor(reader: Reader, userId: string, accountId: string, rows: readonly BankCsvRow[]): Promise<{ plan: ImportPlan; currencyCode: string; syncedFrom: string }> {
  const account = await reader.account.findFirst({ where: { id: accountId, userId }, select: { backfilledFrom: true, currencyCode: true } });
  if (!account) throw new SaldoError("not_found", "No such account.");
  const oldest = await reader.transaction.findFirst({ where: { accountId, source: "sync" }, orderBy: { bookingDate: "asc" }, select: { bookingDate: true } });
  const syncedFrom = [account.backfilledFrom, oldest?.bookingDate].filter((day): day is string => Boolean(day)).sort()[0];
  if (!syncedFrom) throw new SaldoError("conflict", "Sync this account once before importing older history, so the import knows where the bank's own history starts.");
  const days = rows.map((row) => row.bookingDate).sort();
  const stored = days.length
    ? await reader.transaction.findMany({ where: { accountId, bookingDate: { gte: days[0]!, lte: days.at(-1)! } }, select: { bookingDate: true, amount: true } })
    : [];
  const plan = planImport(rows, stored.map((row) => ({ bookingDate: row.bookingDate, amount: Number(row.amount) })), syncedFrom);
  return { plan, currencyCode: account.currencyCode, syncedFrom };
}

export function importSummary(plan: ImportPlan, syncedFrom: string) {
  return {
    syncedFrom,
    add: plan.add.length,
    matched: plan.matched.length,
    skipped: plan.skipped.length,
    sample: plan.add.slice(0, 10).map((row) => ({ line: row.line, bookingDate: row.bookingDate, amount: row.amount, description: row.description })),
  };
}

/** What an import would do, changing nothing. */
export async function previewImport(userId: string, accountId: string, rows: readonly BankCsvRow[]) {
  const { plan, syncedFrom } = await planFor(db(), userId, accountId, rows);
  return importSummary(plan, syncedFrom);
}

/**
 * Adds the rows older than the account's synced history as imported rows, in one transaction. The
 * account's backfill is marked done: the owner supplied the older history, so the sync does not ask
 * the bank for those days again. Should the bank's answer reach them anyway (rows from before its
 * window, a backfill), the sync takes an imported row over instead of doubling it (`adoptImported`).
 */
export async function commitImport(userId: string, accountId: string, rows: readonly BankCsvRow[], now = new Date()) {
  return db().$transaction(
    async (tx) => {
      const { plan, currencyCode, syncedFrom } = await planFor(tx, userId, accountId, rows);
      const ownNumbers = await ownAccountNumbers(tx, userId);
      const data = plan.add.map((row) => ({
        userId,
        accountId,
        source: "import",
        status: "BOOKED",
        bookingDate: row.bookingDate,
        interestDate: row.interestDate,
        amount: BigInt(row.amount),
        currencyCode,
        rawDescription: row.description,
        description: row.description,
        remoteAccountNumber: row.remoteAccount,
        // "Til konto" / "Fra konto" naming one of the owner's accounts: a move between them, as synced rows mark it.
        isOwnTransfer: isOwnAccount(row.remoteAccount, ownNumbers),
        syncedAt: now,
      }));
      for (let start = 0; start < data.length; start += 500) await tx.transaction.createMany({ data: data.slice(start, start + 500) });
      if (data.length) {
        await tx.account.update({ where: { id: accountId }, data: { backfillDone: true } });
        await recomputeEffectsIn(tx, userId);
        await renewDataVersion(tx, userId);
      }
      return importSummary(plan, syncedFrom);
    },
    { timeout: 120_000, maxWait: 15_000 },
  );
}
