"use client";

import { useState } from "react";
import { formatAccountNumber, formatMoney } from "@/lib/format/money";
import type { TransactionListText, TransactionView } from "@/lib/transactions/transaction-view";

function day(value: string, locale: string) {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${value}T00:00:00Z`));
}

/** Transactions as a list; each row opens its details in place (a disclosure, keyboard friendly). */
export function TransactionList({ rows, locale, text, showAccount = true }: { rows: TransactionView[]; locale: string; text: TransactionListText; showAccount?: boolean }) {
  const [open, setOpen] = useState<string | null>(null);
  return (
    <ul className="tx-list" data-testid="transaction-list">
      {rows.map((row) => {
        const expanded = open === row.id;
        const detailsId = `tx-${row.id}`;
        return (
          <li
            key={row.id}
            data-testid="transaction-row"
            data-status={row.status}
            data-amount={row.amount}
            data-date={row.bookingDate}
            data-account={row.accountId}
            data-category={row.category?.main ?? "none"}
          >
            <button type="button" className="tx-row" aria-expanded={expanded} aria-controls={detailsId} onClick={() => setOpen(expanded ? null : row.id)}>
              <span className="tx-date">{day(row.bookingDate, locale)}</span>
              <span className="desc">
                <span data-testid="transaction-description">{row.description}</span>{" "}
                {row.status === "PENDING" && <span className="badge">{text.pending}</span>}
                <br />
                <span className="tx-meta">
                  {row.category?.mainLabel ?? text.uncategorised}
                  {showAccount && ` · ${row.accountName}`}
                </span>
              </span>
              <span className={`amount${row.amount < 0 ? " negative" : " positive"}`}>
                {formatMoney(row.amount, row.currencyCode)}
                {row.foreignCurrency && row.foreignAmount !== null && (
                  <span className="tx-foreign" data-testid="foreign-amount">
                    {" · "}
                    {formatMoney(row.foreignAmount, row.foreignCurrency)}
                  </span>
                )}
              </span>
            </button>
            {expanded && (
              <dl className="tx-details" id={detailsId} data-testid="transaction-details">
                <dt>{text.status}</dt>
                <dd>{row.status === "PENDING" ? text.pending : text.booked}</dd>
                <dt>{text.bookingDate}</dt>
                <dd>{day(row.bookingDate, locale)}</dd>
                {row.interestDate && (
                  <>
                    <dt>{text.interestDate}</dt>
                    <dd>{day(row.interestDate, locale)}</dd>
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
              </dl>
            )}
          </li>
        );
      })}
    </ul>
  );
}
