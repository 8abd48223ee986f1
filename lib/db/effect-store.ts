import "server-only";
import { differsFromBank, effectiveValues, type BankValues, type ManualCorrection } from "../corrections/effective-values";
import { parseTags } from "../corrections/tags";
import type { Prisma } from "./generated/client";
import { rulesOf } from "./rule-reads";

type Tx = Prisma.TransactionClient;

export const bankValueColumns = {
  id: true,
  accountId: true,
  amount: true,
  description: true,
  merchantName: true,
  categoryMain: true,
  categoryMainLabel: true,
  categorySub: true,
  categorySubLabel: true,
  remoteAccountNumber: true,
  isOwnTransfer: true,
} as const;

type BankRecord = Prisma.TransactionGetPayload<{ select: typeof bankValueColumns }>;

export function toBankValues(row: BankRecord): BankValues & { id: string } {
  return { ...row, amount: Number(row.amount) };
}

export function toManualCorrection(row: Prisma.TransactionCorrectionGetPayload<object>): ManualCorrection {
  return {
    category: row.categoryMain ? { main: row.categoryMain, mainLabel: row.categoryMainLabel ?? row.categoryMain, sub: row.categorySub ?? undefined, subLabel: row.categorySub ? (row.categorySubLabel ?? row.categorySub) : undefined } : null,
    merchantName: row.merchantName,
    isTransfer: row.isTransfer,
    excluded: row.excluded,
    tags: parseTags(row.tags),
  };
}

/** Which rows to recompute: all of the user's, some ids, or the rows a sync step wrote (by account and days). */
export type EffectScope = { ids: readonly string[] } | { where: Prisma.TransactionWhereInput };

/**
 * Recomputes the stored effective values of the user's rows (or of `scope`) from the bank's values,
 * the rules and the corrections, inside the caller's transaction. Only rows that differ from the
 * bank keep an effect row. The caller renews the data version.
 */
export async function recomputeEffectsIn(tx: Tx, userId: string, scope?: EffectScope): Promise<void> {
  const rowWhere: Prisma.TransactionWhereInput = !scope ? { userId } : "ids" in scope ? { userId, id: { in: [...scope.ids] } } : { AND: [{ userId }, scope.where] };
  const linked = !scope ? { userId } : "ids" in scope ? { userId, transactionId: { in: [...scope.ids] } } : { userId, transaction: rowWhere };
  const [rules, corrections] = await Promise.all([rulesOf(userId, tx), tx.transactionCorrection.findMany({ where: linked })]);
  await tx.transactionEffect.deleteMany({ where: linked });
  // Nothing can differ from the bank without a rule or a correction: skip reading every row.
  if (rules.length === 0 && corrections.length === 0) return;
  const byId = new Map(corrections.map((row) => [row.transactionId, toManualCorrection(row)]));
  const rows = await tx.transaction.findMany({
    where: rules.length ? rowWhere : { AND: [rowWhere, { correction: { isNot: null } }] },
    select: bankValueColumns,
  });
  const data: Prisma.TransactionEffectCreateManyInput[] = [];
  for (const record of rows) {
    const bank = toBankValues(record);
    const effective = effectiveValues(bank, rules, byId.get(bank.id));
    if (!differsFromBank(effective, bank)) continue;
    data.push({
      transactionId: bank.id,
      userId,
      categoryMain: effective.categoryMain,
      categoryMainLabel: effective.categoryMainLabel,
      categorySub: effective.categorySub,
      categorySubLabel: effective.categorySubLabel,
      merchantName: effective.merchantName,
      isTransfer: effective.isTransfer,
      excluded: effective.excluded,
      tags: effective.tags.length ? JSON.stringify(effective.tags) : null,
    });
  }
  for (let start = 0; start < data.length; start += 500) {
    await tx.transactionEffect.createMany({ data: data.slice(start, start + 500) });
  }
}
