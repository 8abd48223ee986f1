import "server-only";
import type { BankAccountData, BankTransactionData, StoredRowIdentity } from "../domain/types";
import { db } from "./client";
import { renewDataVersion } from "./data-version";
import { recomputeEffectsIn } from "./effect-store";
import { isOwnAccount, markTransfersTo, ownAccountNumbers } from "./own-accounts";
import type { Prisma } from "./generated/client";

// The store side of lib/sync: the only code that writes synced rows, accounts and snapshots. The sync
// decides what to write (lib/sync/match-rows.ts); this file knows how. Amounts go in as BigInt.

type Tx = Prisma.TransactionClient;

export interface StoredAccount {
  id: string;
  bankKey: string;
  accountNumber: string;
  type: string;
  currencyCode: string;
  balance: number;
  syncedThrough: string | null;
  backfilledFrom: string | null;
  backfillDone: boolean;
  reconcileFrom: string | null;
  reconcileBase: number | null;
}

const accountColumns = {
  id: true,
  bankKey: true,
  accountNumber: true,
  type: true,
  currencyCode: true,
  balance: true,
  syncedThrough: true,
  backfilledFrom: true,
  backfillDone: true,
  reconcileFrom: true,
  reconcileBase: true,
} as const;

type AccountRecord = Prisma.AccountGetPayload<{ select: typeof accountColumns }>;

function toStoredAccount(row: AccountRecord): StoredAccount {
  return { ...row, balance: Number(row.balance), reconcileBase: row.reconcileBase === null ? null : Number(row.reconcileBase) };
}

/** The user's accounts as the sync sees them, in the bank's order. */
export async function syncedAccounts(userId: string): Promise<StoredAccount[]> {
  const rows = await db().account.findMany({ where: { userId }, select: accountColumns, orderBy: { position: "asc" } });
  return rows.map(toStoredAccount);
}

/**
 * Stores the accounts answer on its own, so balances that arrived are kept even when the
 * transactions call after it fails. Accounts are never deleted here: one missing from an answer
 * may be a partial answer.
 */
export async function saveAccounts(userId: string, accounts: readonly BankAccountData[], now: Date): Promise<StoredAccount[]> {
  return db().$transaction(
    async (tx) => {
      const known = await ownAccountNumbers(tx, userId);
      for (const [position, account] of accounts.entries()) {
        const fields = {
          bankKey: account.bankKey,
          iban: account.iban ?? null,
          name: account.name,
          description: account.description ?? null,
          type: account.type,
          productType: account.productType ?? null,
          currencyCode: account.currencyCode,
          // A balance the answer left out keeps the stored one (a new account starts at 0 until told).
          ...(account.balance === null ? {} : { balance: BigInt(account.balance) }),
          ...(account.availableBalance === null ? {} : { availableBalance: BigInt(account.availableBalance) }),
          creditLimit: account.creditLimit === undefined ? null : BigInt(account.creditLimit),
          isSavings: account.isSavings,
          isHidden: account.isHidden,
          ownerName: account.ownerName ?? null,
          position,
          syncedAt: now,
        };
        await tx.account.upsert({
          where: { userId_accountNumber: { userId, accountNumber: account.accountNumber } },
          create: { userId, accountNumber: account.accountNumber, balance: 0n, availableBalance: 0n, ...fields },
          update: fields,
        });
      }
      const added = accounts.filter((account) => !isOwnAccount(account.accountNumber, known));
      if (added.length > 0) {
        const marked = await markTransfersTo(tx, userId, added.map((account) => account.accountNumber));
        if (marked.length > 0) await recomputeEffectsIn(tx, userId, { ids: marked });
      }
      await renewDataVersion(tx, userId);
      const rows = await tx.account.findMany({ where: { userId }, select: accountColumns, orderBy: { position: "asc" } });
      return rows.map(toStoredAccount);
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}


function rowColumns(userId: string, accountId: string, row: BankTransactionData, ownNumbers: ReadonlySet<string>, now: Date) {
  return {
    userId,
    accountId,
    status: row.status,
    bookingDate: row.bookingDate,
    interestDate: row.interestDate ?? null,
    amount: BigInt(row.amount),
    currencyCode: row.currencyCode,
    foreignCurrency: row.foreignCurrency ?? null,
    foreignAmount: row.foreignAmount === undefined ? null : BigInt(row.foreignAmount),
    nonUniqueId: row.nonUniqueId ?? null,
    rawDescription: row.rawDescription,
    description: row.description,
    merchantName: row.merchantName ?? null,
    typeCode: row.typeCode ?? null,
    typeText: row.typeText ?? null,
    remoteAccountNumber: row.remoteAccountNumber ?? null,
    remoteAccountName: row.remoteAccountName ?? null,
    kidOrMessage: row.kidOrMessage ?? null,
    categoryMain: row.categoryMain ?? null,
    categoryMainLabel: row.categoryMainLabel ?? null,
    categorySub: row.categorySub ?? null,
    categorySubLabel: row.categorySubLabel ?? null,
    isOwnTransfer: isOwnAccount(row.remoteAccountNumber, ownNumbers),
    recurring: row.recurring,
    subscription: row.subscription,
    syncedAt: now,
  };
}

type RowColumns = ReturnType<typeof rowColumns>;
const COMPARED: (keyof RowColumns)[] = [
  "status",
  "bookingDate",
  "interestDate",
  "amount",
  "currencyCode",
  "foreignCurrency",
  "foreignAmount",
  "nonUniqueId",
  "rawDescription",
  "description",
  "merchantName",
  "typeCode",
  "typeText",
  "remoteAccountNumber",
  "remoteAccountName",
  "kidOrMessage",
  "categoryMain",
  "categoryMainLabel",
  "categorySub",
  "categorySubLabel",
  "isOwnTransfer",
  "recurring",
  "subscription",
];

/** One account's share of a bank answer, already paired with the store by lib/sync. */
export interface AccountWrite {
  accountId: string;
  /** Loads the stored rows of the account in [from, to] (all statuses) for pairing. */
  range: { from: string; to: string };
  plan: (stored: StoredRowIdentity[]) => { updates: { id: string; row: BankTransactionData }[]; inserts: BankTransactionData[]; deletes: string[] };
  /** Pairs the rows to insert with rows imported from the bank's CSV on their days (taken over, not doubled). */
  adoptImported: (inserts: BankTransactionData[], imported: Pick<StoredRowIdentity, "id" | "bookingDate" | "amount">[]) => {
    adopt: { id: string; row: BankTransactionData }[];
    inserts: BankTransactionData[];
  };
  /** Set when the bank answered the account completely: progress and a reconcilable snapshot. */
  complete?: {
    progress: { syncedThrough?: string; backfilledFrom?: string; backfillDone?: boolean };
    /** Take a snapshot of today's balance with the stored booked sum (incremental syncs only). */
    snapshot?: { date: string; balance: number; availableBalance: number };
    /**
     * The answer held a row of this account Saldo could not read: its booked sum may be a row short,
     * so it sets no first reconciliation base (the next complete answer does, over the whole history).
     */
    unreadableRows?: boolean;
  };
  /** An incomplete answer still records the balance of the day, without a booked sum. */
  balanceOnly?: { date: string; balance: number; availableBalance: number };
}

export interface AccountWriteResult {
  accountId: string;
  inserted: number;
  updated: number;
  deleted: number;
  failed: { reason: string; date: string; amount: number }[];
  /** After the write: the booked sum from reconcileFrom on, and the reconciliation base. */
  reconcile?: { from: string; base: number; ledgerSum: number; balance: number };
}

export interface LedgerWrite {
  userId: string;
  runId: string;
  now: Date;
  accounts: AccountWrite[];
  run: { status: "success" | "partial"; warnings: string[]; bankCalls: number; markSuccess: boolean };
}

/**
 * Writes one sync step in a single transaction: paired rows, per-account progress, the day's
 * balance snapshots, the data version and the run's outcome. A row the store refuses is recorded
 * on the run and the rest is written: one row never stops a sync.
 */
export async function writeLedger(write: LedgerWrite): Promise<AccountWriteResult[]> {
  return db().$transaction(
    async (tx) => {
      const ownNumbers = await ownAccountNumbers(tx, write.userId);
      const results: AccountWriteResult[] = [];
      for (const account of write.accounts) {
        results.push(await writeAccount(tx, write, account, ownNumbers));
      }
      // Rules and corrections apply to what the bank just sent, in the same transaction (only the
      // written accounts' days: a full pass over years of rows on every sync step is needless).
      await recomputeEffectsIn(tx, write.userId, {
        where: { OR: write.accounts.map((account) => ({ accountId: account.accountId, bookingDate: { gte: account.range.from, lte: account.range.to } })) },
      });
      await renewDataVersion(tx, write.userId);
      if (write.run.markSuccess) {
        await tx.syncState.update({ where: { userId: write.userId }, data: { lastSuccessAt: write.now } });
      }
      const failed = results.flatMap((result) => result.failed);
      const warnings = failed.length
        ? [...write.run.warnings, ...failed.map((row) => `A row of ${row.date} (${row.amount / 100}) could not be stored: ${row.reason}`)]
        : write.run.warnings;
      await tx.syncRun.update({
        where: { id: write.runId },
        data: {
          status: write.run.status,
          finishedAt: new Date(),
          warnings: warnings.length ? JSON.stringify(warnings) : null,
          bankCalls: write.run.bankCalls,
          rowsStored: results.reduce((sum, result) => sum + result.inserted + result.updated, 0),
        },
      });
      return results;
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}

async function writeAccount(tx: Tx, write: LedgerWrite, account: AccountWrite, ownNumbers: ReadonlySet<string>): Promise<AccountWriteResult> {
  const storedRows = await tx.transaction.findMany({
    // Rows imported from the bank's CSV are not the sync's to pair or delete (see lib/db/import-store.ts).
    where: { accountId: account.accountId, bookingDate: { gte: account.range.from, lte: account.range.to }, source: "sync" },
    orderBy: [{ bookingDate: "asc" }, { id: "asc" }],
  });
  const byId = new Map(storedRows.map((row) => [row.id, row]));
  const plan = account.plan(
    storedRows.map((row) => ({
      id: row.id,
      status: row.status === "PENDING" ? "PENDING" : "BOOKED",
      bookingDate: row.bookingDate,
      amount: Number(row.amount),
      nonUniqueId: row.nonUniqueId,
      rawDescription: row.rawDescription,
    })),
  );
  const result: AccountWriteResult = { accountId: account.accountId, inserted: 0, updated: 0, deleted: 0, failed: [] };

  if (plan.deletes.length) {
    result.deleted = (await tx.transaction.deleteMany({ where: { id: { in: plan.deletes } } })).count;
  }
  for (const { id, row } of plan.updates) {
    const next = rowColumns(write.userId, account.accountId, row, ownNumbers, write.now);
    const current = byId.get(id);
    const changed = !current || COMPARED.some((field) => current[field] !== next[field]);
    if (!changed) continue;
    await tx.transaction.update({ where: { id }, data: next });
    result.updated += 1;
  }
  const bookedDays = [...new Set(plan.inserts.filter((row) => row.status === "BOOKED").map((row) => row.bookingDate))];
  const imported = bookedDays.length
    ? await tx.transaction.findMany({
        where: { accountId: account.accountId, source: "import", bookingDate: { in: bookedDays } },
        select: { id: true, bookingDate: true, amount: true },
        orderBy: [{ bookingDate: "asc" }, { id: "asc" }],
      })
    : [];
  const adoption = account.adoptImported(plan.inserts, imported.map((row) => ({ ...row, amount: Number(row.amount) })));
  for (const { id, row } of adoption.adopt) {
    await tx.transaction.update({ where: { id }, data: { ...rowColumns(write.userId, account.accountId, row, ownNumbers, write.now), source: "sync" } });
    result.updated += 1;
  }
  const inserts = adoption.inserts.map((row) => rowColumns(write.userId, account.accountId, row, ownNumbers, write.now));
  for (let start = 0; start < inserts.length; start += 500) {
    const chunk = inserts.slice(start, start + 500);
    try {
      result.inserted += (await tx.transaction.createMany({ data: chunk })).count;
    } catch {
      // Find the row(s) the store refuses and keep the rest (SQLite undoes only the failed statement).
      for (const row of chunk) {
        try {
          await tx.transaction.create({ data: row });
          result.inserted += 1;
        } catch (error) {
          result.failed.push({ reason: error instanceof Error ? error.name : "refused by the store", date: row.bookingDate, amount: Number(row.amount) });
        }
      }
    }
  }

  const stored = await tx.account.findUniqueOrThrow({ where: { id: account.accountId }, select: accountColumns });
  if (account.complete) {
    const progress = account.complete.progress;
    const snapshot = account.complete.snapshot;
    let reconcileFrom = stored.reconcileFrom;
    let reconcileBase = stored.reconcileBase === null ? null : Number(stored.reconcileBase);
    let ledgerSum: number | undefined;
    if (snapshot) {
      reconcileFrom ??= progress.backfilledFrom ?? progress.syncedThrough ?? snapshot.date;
      ledgerSum = await bookedSum(tx, account.accountId, reconcileFrom);
      if (!account.complete.unreadableRows) reconcileBase ??= snapshot.balance - ledgerSum;
      await upsertSnapshot(tx, account.accountId, write.now, snapshot, ledgerSum);
      if (reconcileBase !== null) result.reconcile = { from: reconcileFrom, base: reconcileBase, ledgerSum, balance: snapshot.balance };
    }
    await tx.account.update({
      where: { id: account.accountId },
      data: {
        ...progress,
        ...(reconcileFrom !== stored.reconcileFrom ? { reconcileFrom } : {}),
        ...(reconcileBase !== null && stored.reconcileBase === null ? { reconcileBase: BigInt(reconcileBase) } : {}),
      },
    });
  } else if (account.balanceOnly) {
    // Never over a reconcilable snapshot of the same day: an incomplete answer cannot check it.
    const day = account.balanceOnly;
    const existing = await tx.balanceSnapshot.findUnique({ where: { accountId_date: { accountId: account.accountId, date: day.date } }, select: { id: true } });
    if (!existing) await upsertSnapshot(tx, account.accountId, write.now, day, null);
  }
  return result;
}

async function bookedSum(tx: Tx, accountId: string, from: string): Promise<number> {
  const sum = await tx.transaction.aggregate({ where: { accountId, status: "BOOKED", bookingDate: { gte: from } }, _sum: { amount: true } });
  return Number(sum._sum.amount ?? 0n);
}

async function upsertSnapshot(tx: Tx, accountId: string, takenAt: Date, day: { date: string; balance: number; availableBalance: number }, ledgerSum: number | null) {
  const fields = { takenAt, balance: BigInt(day.balance), availableBalance: BigInt(day.availableBalance), ledgerSum: ledgerSum === null ? null : BigInt(ledgerSum) };
  await tx.balanceSnapshot.upsert({
    where: { accountId_date: { accountId, date: day.date } },
    create: { accountId, date: day.date, ...fields },
    update: fields,
  });
}

/** The day of the oldest pending row the store holds for these accounts, or null. */
export async function oldestPendingDay(accountIds: readonly string[]): Promise<string | null> {
  if (accountIds.length === 0) return null;
  const oldest = await db().transaction.findFirst({ where: { accountId: { in: [...accountIds] }, status: "PENDING" }, orderBy: { bookingDate: "asc" }, select: { bookingDate: true } });
  return oldest?.bookingDate ?? null;
}

/** Moves an account's cursor back so the next sync fetches a window again (after a mismatch). */
export async function rewindAccount(accountId: string, syncedThrough: string) {
  await db().account.update({ where: { id: accountId }, data: { syncedThrough } });
}

/** An account's reconcilable days, oldest first (one snapshot a day, so bounded by the history). */
export async function reconcileSnapshots(accountId: string) {
  const rows = await db().balanceSnapshot.findMany({ where: { accountId }, select: { date: true, balance: true, ledgerSum: true }, orderBy: { date: "asc" } });
  return rows.map((row) => ({ date: row.date, balance: Number(row.balance), ledgerSum: row.ledgerSum === null ? null : Number(row.ledgerSum) }));
}
