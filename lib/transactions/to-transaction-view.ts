import type { StoredEffect, StoredSplit } from "../corrections/effective-insight-rows";
import { parseTags } from "../corrections/tags";
import type { TransactionView } from "./transaction-view";

interface StoredCorrection {
  categoryMain: string | null;
  merchantName: string | null;
  isTransfer: boolean | null;
  excluded: boolean | null;
  note: string | null;
  tags: string | null;
}

// A stored row has the view's fields, with the category in columns and the account joined; the
// effective values (rules, corrections) and splits come beside it when the read asked for them.
type StoredRow = Omit<TransactionView, "accountName" | "category" | "bank" | "excluded" | "note" | "tags" | "splits" | "corrected"> & {
  categoryMain: string | null;
  categoryMainLabel: string | null;
  categorySub: string | null;
  categorySubLabel: string | null;
  account: { name: string; description: string | null };
  effect?: (StoredEffect & { tags: string | null }) | null;
  correction?: StoredCorrection | null;
  splits?: StoredSplit[];
};

function category(main: string | null, mainLabel: string | null, sub: string | null, subLabel: string | null) {
  return main ? { main, mainLabel, sub, subLabel } : null;
}

/** The one JSON shape of a transaction for the browser (API and server-rendered lists alike), with the effective values. */
export function toTransactionView(row: StoredRow): TransactionView {
  const effect = row.effect ?? null;
  const bankCategory = category(row.categoryMain, row.categoryMainLabel, row.categorySub, row.categorySubLabel);
  const correction = row.correction ?? null;
  return {
    id: row.id,
    accountId: row.accountId,
    accountName: row.account.description ?? row.account.name,
    status: row.status,
    bookingDate: row.bookingDate,
    interestDate: row.interestDate,
    amount: row.amount,
    currencyCode: row.currencyCode,
    foreignCurrency: row.foreignCurrency,
    foreignAmount: row.foreignAmount,
    description: row.description,
    merchantName: effect ? effect.merchantName : row.merchantName,
    typeText: row.typeText,
    remoteAccountNumber: row.remoteAccountNumber,
    remoteAccountName: row.remoteAccountName,
    kidOrMessage: row.kidOrMessage,
    category: effect ? category(effect.categoryMain, effect.categoryMainLabel, effect.categorySub, effect.categorySubLabel) : bankCategory,
    isOwnTransfer: effect ? effect.isTransfer : row.isOwnTransfer,
    excluded: effect?.excluded ?? false,
    note: correction?.note ?? null,
    tags: parseTags(effect?.tags),
    splits: (row.splits ?? []).map((part) => ({
      amount: part.amount,
      category: category(part.categoryMain, part.categoryMainLabel, part.categorySub, part.categorySubLabel),
    })),
    bank: { category: bankCategory, merchantName: row.merchantName, isOwnTransfer: row.isOwnTransfer },
    corrected: correction
      ? {
          category: correction.categoryMain !== null,
          merchantName: correction.merchantName !== null,
          isTransfer: correction.isTransfer,
          excluded: correction.excluded,
          tags: parseTags(correction.tags),
        }
      : null,
  };
}
