import "server-only";
import type { CorrectionInput } from "../corrections/correction-schema";
import { splitProblem } from "../corrections/splits";
import { SaldoError } from "../errors/saldo-error";
import { db } from "./client";
import { renewDataVersion } from "./data-version";
import { recomputeEffectsIn } from "./effect-store";

/**
 * Replaces the owner's corrections of one row (beside the bank's fields, which stay as synced),
 * recomputes its effective values and renews the data version, all in one transaction.
 */
export async function saveCorrection(userId: string, transactionId: string, input: CorrectionInput): Promise<void> {
  await db().$transaction(
    async (tx) => {
      const row = await tx.transaction.findFirst({ where: { id: transactionId, userId }, select: { id: true, amount: true } });
      if (!row) throw new SaldoError("not_found", "No such transaction.");
      const problem = splitProblem(Number(row.amount), input.splits);
      if (problem) throw new SaldoError("bad_request", `Invalid field "splits": ${problem}.`);
      const fields = {
        categoryMain: input.category?.main ?? null,
        categoryMainLabel: input.category?.mainLabel ?? null,
        categorySub: input.category?.sub ?? null,
        categorySubLabel: input.category?.subLabel ?? null,
        merchantName: input.merchantName,
        isTransfer: input.isTransfer,
        excluded: input.excluded,
        note: input.note || null,
        tags: input.tags.length ? JSON.stringify([...new Set(input.tags)]) : null,
      };
      const empty = Object.values(fields).every((value) => value === null);
      if (empty) await tx.transactionCorrection.deleteMany({ where: { transactionId } });
      else await tx.transactionCorrection.upsert({ where: { transactionId }, create: { transactionId, userId, ...fields }, update: fields });
      await tx.transactionSplit.deleteMany({ where: { transactionId } });
      if (input.splits.length) {
        await tx.transactionSplit.createMany({
          data: input.splits.map((part, position) => ({
            transactionId,
            position,
            amount: BigInt(part.amount),
            categoryMain: part.category?.main ?? null,
            categoryMainLabel: part.category?.mainLabel ?? null,
            categorySub: part.category?.sub ?? null,
            categorySubLabel: part.category?.subLabel ?? null,
          })),
        });
      }
      await recomputeEffectsIn(tx, userId, { ids: [transactionId] });
      await renewDataVersion(tx, userId);
    },
    { timeout: 30_000, maxWait: 10_000 },
  );
}
