"use client";

import { memo, useCallback, useState } from "react";
import type { CategoryOption } from "@/lib/corrections/category-options";
import { CategoryIcon } from "@/components/category-icon";
import { formatDay } from "@/lib/format/dates";
import { formatAccountNumber, formatMoney } from "@/lib/format/money";
import { reusedSlots } from "@/lib/ui/reused-slots";
import type { ListedTransaction, TransactionListText } from "@/lib/transactions/transaction-view";
import { CorrectionForm, type CorrectionText } from "./correction-form";

/** Given, rows can be corrected in place (the transactions page). */
export interface Correcting {
  categories: readonly CategoryOption[];
  text: CorrectionText & { correct: string; split: string; excluded: string; tags: string; note: string };
  onSaved: () => void;
}


/** Transactions as a list; each row opens its details in place (a disclosure, keyboard friendly). */
export function TransactionList({
  rows,
  locale,
  text,
  showAccount = true,
  correcting,
}: {
  rows: ListedTransaction[];
  locale: string;
  text: TransactionListText;
  showAccount?: boolean;
  correcting?: Correcting;
}) {
  const [open, setOpen] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const toggle = useCallback((id: string) => setOpen((current) => (current === id ? null : id)), []);
  const edit = useCallback((id: string, isOpen: boolean) => setEditing(isOpen ? id : null), []);
  // A new filter's rows take over the elements of the rows that left (see reusedSlots).
  const [slotted, setSlotted] = useState(() => ({ rows, slots: reusedSlots(new Map(), rows.map((row) => row.id)) }));
  let { slots } = slotted;
  if (slotted.rows !== rows) {
    slots = reusedSlots(slotted.slots, rows.map((row) => row.id));
    setSlotted({ rows, slots });
  }
  return (
    <ul className="tx-list" data-testid="transaction-list">
      {rows.map((row) => (
        <TransactionRow
          key={slots.get(row.id)}
          row={row}
          locale={locale}
          text={text}
          showAccount={showAccount}
          correcting={correcting}
          expanded={open === row.id}
          editing={editing === row.id}
          onToggle={toggle}
          onEditing={edit}
        />
      ))}
    </ul>
  );
}

interface RowProps {
  row: ListedTransaction;
  locale: string;
  text: TransactionListText;
  showAccount: boolean;
  correcting?: Correcting;
  expanded: boolean;
  editing: boolean;
  onToggle: (id: string) => void;
  onEditing: (id: string, open: boolean) => void;
}

/** Memoised: opening one row, a busy flag or a keystroke in the search field re-renders no other row. */
const TransactionRow = memo(function TransactionRow({ row, locale, text, showAccount, correcting, expanded, editing, onToggle, onEditing }: RowProps) {
  const detailsId = `tx-${row.id}`;
  return (
    <li
      data-testid="transaction-row"
      data-id={row.id}
      data-status={row.status}
      data-amount={row.amount}
      data-date={row.bookingDate}
      data-account={row.accountId}
      data-category={row.category?.main ?? "none"}
      data-transfer={row.isOwnTransfer}
      data-excluded={row.excluded}
    >
      <button type="button" className="tx-row" aria-expanded={expanded} aria-controls={detailsId} onClick={() => onToggle(row.id)}>
        <span className="tx-date">{row.labels.date}</span>
        <CategoryIcon code={row.category?.main} label={row.category?.mainLabel} size={32} />
        <span className="desc">
          <span data-testid="transaction-description">{row.description}</span>{" "}
          {row.status === "PENDING" && <span className="badge">{text.pending}</span>}
          <br />
          <span className="tx-meta">
            <span data-testid="transaction-category">{row.category?.mainLabel ?? text.uncategorised}</span>
            {row.merchantName && row.merchantName !== row.description && ` · ${row.merchantName}`}
            {showAccount && ` · ${row.accountName}`}
            {correcting && row.splits.length > 0 && ` · ${correcting.text.split}`}
            {correcting && row.excluded && ` · ${correcting.text.excluded}`}
          </span>
        </span>
        <span className={`amount${row.amount < 0 ? " negative" : " positive"}`}>
          {row.labels.amount}
          {row.labels.foreignAmount && (
            <span className="tx-foreign" data-testid="foreign-amount">
              {" · "}
              {row.labels.foreignAmount}
            </span>
          )}
        </span>
      </button>
      {expanded && (
        <dl className="tx-details" id={detailsId} data-testid="transaction-details">
          <dt>{text.status}</dt>
          <dd>{row.status === "PENDING" ? text.pending : text.booked}</dd>
          <dt>{text.bookingDate}</dt>
          <dd>{row.labels.date}</dd>
          {row.interestDate && (
            <>
              <dt>{text.interestDate}</dt>
              <dd>{formatDay(row.interestDate, locale)}</dd>
            </>
          )}
          <dt>{text.category}</dt>
          <dd>{row.category ? [row.category.mainLabel, row.category.subLabel].filter(Boolean).join(" › ") : text.uncategorised}</dd>
          {row.merchantName && (
            <>
              <dt>{text.merchant}</dt>
              <dd>{row.merchantName}</dd>
            </>
          )}
          <dt>{text.account}</dt>
          <dd>{row.accountName}</dd>
          {(row.remoteAccountNumber || row.remoteAccountName) && (
            <>
              <dt>{text.remoteAccount}</dt>
              <dd>{[row.remoteAccountName, row.remoteAccountNumber && formatAccountNumber(row.remoteAccountNumber)].filter(Boolean).join(" · ")}</dd>
            </>
          )}
          {row.kidOrMessage && (
            <>
              <dt>{text.message}</dt>
              <dd>{row.kidOrMessage}</dd>
            </>
          )}
          {row.typeText && (
            <>
              <dt>{text.type}</dt>
              <dd>{row.typeText}</dd>
            </>
          )}
          {row.isOwnTransfer && (
            <>
              <dt>{text.details}</dt>
              <dd>{text.ownTransfer}</dd>
            </>
          )}
          {correcting && row.splits.length > 0 && (
            <>
              <dt>{correcting.text.split}</dt>
              <dd>
                {row.splits
                  .map((part) => `${formatMoney(part.amount, row.currencyCode)} ${part.category?.mainLabel ?? text.uncategorised}${part.category?.subLabel ? ` › ${part.category.subLabel}` : ""}`)
                  .join("; ")}
              </dd>
            </>
          )}
          {correcting && row.tags.length > 0 && (
            <>
              <dt>{correcting.text.tags}</dt>
              <dd>{row.tags.join(", ")}</dd>
            </>
          )}
          {correcting && row.note && (
            <>
              <dt>{correcting.text.note}</dt>
              <dd>{row.note}</dd>
            </>
          )}
        </dl>
      )}
      {expanded && correcting && (
        // A native disclosure: keyboard friendly, and the row keeps a single button of its own.
        <details className="tx-correct" open={editing} onToggle={(event) => onEditing(row.id, event.currentTarget.open)}>
          <summary className="button secondary small" data-testid="correct-button">
            {correcting.text.correct}
          </summary>
          {editing && (
            <CorrectionForm
              row={row}
              categories={correcting.categories}
              text={{ ...correcting.text, uncategorised: text.uncategorised }}
              onSaved={correcting.onSaved}
            />
          )}
        </details>
      )}
    </li>
  );
});
