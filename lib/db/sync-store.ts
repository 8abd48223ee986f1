import "server-only";
import { randomUUID } from "node:crypto";
import type { BankAccountData, BankTransactionData } from "../domain/types";
import { db } from "./client";

export interface FingerprintedTransaction {
  data: BankTransactionData;
  fingerprint: string;
}

export interface SyncBatch {
  userId: string;
  runId: string;
  now: Date;
  today: string;
  accounts?: BankAccountData[];
  transactions: FingerprintedTransaction[];
  window: { from: string; to: string };
  /** The bank's current pending rows replace ours (only when its answer was complete). */
  replacePending: boolean;
  state: { lastSuccessAt?: Date; backfilledFrom?: string; backfillDone?: boolean };
  run: { status: "success" | "partial"; warnings: string[]; bankCalls: number };
}

const digits = (value: string) => value.replace(/\D/g, "");

/**
 * Writes one sync step in a single transaction: accounts and their balance snapshots, new
 * transactions, the pending set, sync state and the run's outcome. A failure leaves all as it was.
 * Only lib/sync calls this.
 */
export async function writeSyncBatch(batch: SyncBatch): Promise<{ inserted: number; skippedRows: number }> {
  return db().$transaction(
    async (tx) => {
      if (batch.accounts) {
        for (const [position, account] of batch.accounts.entries()) {
          const fields = {
            bankKey: account.bankKey,
            iban: account.iban ?? null,
            name: account.name,
            description: account.description ?? null,
            type: account.type,
            productType: account.productType ?? null,
            currencyCode: account.currencyCode,
            balance: account.balance,
            availableBalance: account.availableBalance,
            creditLimit: account.creditLimit ?? null,
            isSavings: account.isSavings,
            isHidden: account.isHidden,
            ownerName: account.ownerName ?? null,
            position,
            syncedAt: batch.now,
          };
          const saved = await tx.account.upsert({
            where: { userId_accountNumber: { userId: batch.userId, accountNumber: account.accountNumber } },
            create: { userId: batch.userId, accountNumber: account.accountNumber, ...fields },
            update: fields,
          });
          await tx.balanceSnapshot.create({
            data: {
              accountId: saved.id,
              takenAt: batch.now,
              date: batch.today,
              balance: account.balance,
              availableBalance: account.availableBalance,
            },
          });
        }
      }

      const accounts = await tx.account.findMany({ where: { userId: batch.userId }, select: { id: true, accountNumber: true } });
      const accountIdByNumber = new Map(accounts.map((account) => [digits(account.accountNumber) || account.accountNumber, account.id]));
      const ownNumbers = new Set(accountIdByNumber.keys());
      const accountIdOf = (number: string) => accountIdByNumber.get(digits(number) || number);

      if (batch.replacePending) {
        await tx.transaction.deleteMany({ where: { userId: batch.userId, status: "PENDING" } });
      }
      const existing = await tx.transaction.findMany({
        where: { userId: batch.userId, bookingDate: { gte: batch.window.from, lte: batch.window.to } },
        select: { accountId: true, fingerprint: true },
      });
      const known = new Set(existing.map((row) => `${row.accountId}/${row.fingerprint}`));

      let skippedRows = 0;
      const rows = [];
      for (const { data, fingerprint } of batch.transactions) {
        const accountId = accountIdOf(data.accountNumber);
        if (!accountId) {
          skippedRows += 1;
          continue;
        }
        const key = `${accountId}/${fingerprint}`;
        if (known.has(key)) continue;
        known.add(key);
        rows.push({
          userId: batch.userId,
          accountId,
          fingerprint,
          status: data.status,
          bookingDate: data.bookingDate,
          interestDate: data.interestDate ?? null,
          amount: data.amount,
          currencyCode: data.currencyCode,
          currencyAmount: data.currencyAmount ?? null,
          description: data.description,
          merchantName: data.merchantName ?? null,
          typeCode: data.typeCode ?? null,
          typeText: data.typeText ?? null,
          remoteAccountNumber: data.remoteAccountNumber ?? null,
          remoteAccountName: data.remoteAccountName ?? null,
          kidOrMessage: data.kidOrMessage ?? null,
          categoryMain: data.categoryMain ?? null,
          categoryMainLabel: data.categoryMainLabel ?? null,
          categorySub: data.categorySub ?? null,
          categorySubLabel: data.categorySubLabel ?? null,
          isOwnTransfer: data.remoteAccountNumber ? ownNumbers.has(digits(data.remoteAccountNumber)) : false,
          syncedAt: batch.now,
        });
      }
      for (let start = 0; start < rows.length; start += 500) {
        await tx.transaction.createMany({ data: rows.slice(start, start + 500) });
      }

      // Every write of synced data gets a new version, so caches keyed by it never serve old figures.
      const dataVersion = randomUUID();
      await tx.syncState.upsert({
        where: { userId: batch.userId },
        create: { userId: batch.userId, lastAttemptAt: batch.now, ...batch.state, dataVersion },
        update: { ...batch.state, dataVersion },
      });
      const warnings = skippedRows > 0 ? [...batch.run.warnings, `${skippedRows} row(s) for unknown accounts were skipped.`] : batch.run.warnings;
      await tx.syncRun.update({
        where: { id: batch.runId },
        data: {
          status: batch.run.status,
          finishedAt: new Date(),
          warnings: warnings.length ? JSON.stringify(warnings) : null,
          bankCalls: batch.run.bankCalls,
          rowsStored: rows.length,
        },
      });
      return { inserted: rows.length, skippedRows };
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}
