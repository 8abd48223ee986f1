import { IntentLink as Link } from "@/components/intent-link";
import { formatAccountNumber, formatMoney } from "@/lib/format/money";
import { MESSAGES, type Locale } from "@/lib/i18n/messages";
import type { SparklinePoint } from "@/lib/ui/sparkline-path";
import type { Reconciliation } from "@/lib/reconciliation/reconcile-account";
import { BalanceSparkline } from "./balance-sparkline";
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

/** The accounts as cards (name, number, balance, available, a year's small balance line): they fit a phone without sideways scrolling. */
export function AccountCards({
  accounts,
  locale,
  reconciliations,
  histories,
}: {
  accounts: AccountRow[];
  locale: Locale;
  reconciliations?: ReadonlyMap<string, Reconciliation>;
  histories?: ReadonlyMap<string, readonly SparklinePoint[]>;
}) {
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
        <p className="account-totals" style={{ margin: 0 }}>
          <span>
            <span className="muted">{t.total}: </span>
            <span className="total-figure" data-testid="total-balance">
              {formatMoney(total)}
            </span>
          </span>
          <span className="muted">
            {t.available}: <span className="amount">{formatMoney(totalAvailable)}</span>
          </span>
        </p>
      </div>
      <ul className="account-cards" data-testid="account-cards">
        {accounts.map((account) => (
          <li key={account.id} className="account-card" data-testid="account-row" data-account-number={account.accountNumber}>
            <div className="account-card-head">
              <Link href={`/accounts/${account.id}`} data-testid="account-name">
                {account.description ?? account.name}
              </Link>
              <span className="muted" style={{ fontSize: "0.8rem" }} data-testid="account-type">
                {t.types[account.type] ?? account.productType ?? account.type}
              </span>
            </div>
            <div className="muted" style={{ fontSize: "0.85rem" }}>
              <span className="sr-only">{t.accountNumber}: </span>
              <span data-testid="account-number">{formatAccountNumber(account.accountNumber)}</span>
            </div>
            <div className="account-card-figures">
              <span>
                <span className="sr-only">{t.balance}: </span>
                <span className={`account-card-balance${account.balance < 0 ? " amount negative" : ""}`} data-testid="account-balance">
                  {formatMoney(account.balance, account.currencyCode)}
                </span>
              </span>
              <dl>
                <dt>{t.available}:</dt>
                <dd data-testid="account-available">{formatMoney(account.availableBalance, account.currencyCode)}</dd>
              </dl>
            </div>
            {histories && <BalanceSparkline points={histories.get(account.id) ?? []} />}
            {reconciliations && (
              <div style={{ fontSize: "0.85rem" }}>
                <ReconciliationStatus reconciliation={reconciliations.get(account.id)} currencyCode={account.currencyCode} locale={locale} />
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
