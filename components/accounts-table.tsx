import Link from "next/link";
import { formatAccountNumber, formatMoney } from "@/lib/format/money";
import { MESSAGES, type Locale } from "@/lib/i18n/messages";
import type { Reconciliation } from "@/lib/reconciliation/reconcile-account";
import { ReconciliationStatus } from "./reconciliation-status";

interface AccountRow {
  id: string;
  name: string;
  description: string | null;
  accountNumber: string;
  type: string;
  productType: string | null;
  currencyCode: string;
  balance: number;
  availableBalance: number;
}

export function AccountsTable({ accounts, locale, reconciliations }: { accounts: AccountRow[]; locale: Locale; reconciliations?: ReadonlyMap<string, Reconciliation> }) {
  const t = MESSAGES[locale];
  if (accounts.length === 0) {
    return (
      <section className="card">
        <h2>{t.accounts}</h2>
        <p className="muted">{t.noAccounts}</p>
      </section>
    );
  }
  // Only NOK adds up to a meaningful total; other currencies are shown per account.
  const nok = accounts.filter((account) => account.currencyCode === "NOK");
  const total = nok.reduce((sum, account) => sum + account.balance, 0);
  const totalAvailable = nok.reduce((sum, account) => sum + account.availableBalance, 0);
  return (
    <section className="card stack" aria-labelledby="accounts-title">
      <div>
        <h2 id="accounts-title">{t.accounts}</h2>
        <p style={{ margin: 0 }}>
          <span className="muted">{t.total}: </span>
          <span className="total-figure" data-testid="total-balance">
            {formatMoney(total)}
          </span>
        </p>
      </div>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t.account}</th>
              <th scope="col" className="hide-narrow">
                {t.type}
              </th>
              <th scope="col" className="amount">
                {t.balance}
              </th>
              <th scope="col" className="amount">
                {t.available}
              </th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((account) => (
              <tr key={account.id} data-testid="account-row" data-account-number={account.accountNumber}>
                <td>
                  <Link href={`/accounts/${account.id}`} data-testid="account-name" style={{ fontWeight: 600 }}>
                    {account.description ?? account.name}
                  </Link>
                  <div className="muted" style={{ fontSize: "0.85rem" }}>
                    <span className="sr-only">{t.accountNumber}: </span>
                    <span data-testid="account-number">{formatAccountNumber(account.accountNumber)}</span>
                  </div>
                  {reconciliations && (
                    <div style={{ fontSize: "0.85rem" }}>
                      <ReconciliationStatus reconciliation={reconciliations.get(account.id)} currencyCode={account.currencyCode} locale={locale} />
                    </div>
                  )}
                </td>
                <td className="hide-narrow" data-testid="account-type">
                  {t.types[account.type] ?? account.productType ?? account.type}
                </td>
                <td className={`amount${account.balance < 0 ? " negative" : ""}`} data-testid="account-balance">
                  {formatMoney(account.balance, account.currencyCode)}
                </td>
                <td className="amount" data-testid="account-available">
                  {formatMoney(account.availableBalance, account.currencyCode)}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t.total} (NOK)</th>
              <td className="hide-narrow" />
              <td className="amount">{formatMoney(total)}</td>
              <td className="amount">{formatMoney(totalAvailable)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
