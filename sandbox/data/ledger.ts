import { accountKeyFor, accountPlansFor, type AccountPlan } from "./account-plans";
import { CATEGORIES } from "./categories";
import { cardBillDay, dailyActivity } from "./daily-activity";
import { ownTransfer, type DraftRow } from "./draft-row";
import { addDays, daysBetween, daysInMonth, isoDate, osloDateOf, osloMinuteOfDay, parseIsoDate } from "./oslo-date";
import { findPerson } from "./persons";
import { createRng, hashString } from "./prng";
import type { AccountRole, Ledger, SandboxAccount, SandboxTransaction, TestPerson } from "./types";

const ZERO_ID = "00000000000";
const PENDING_DAYS = 2;
const memo = new Map<string, DraftRow[]>();

function memoDaily(seed: number, personId: string, iso: string): DraftRow[] {
  const key = `${seed}|${personId}|${iso}`;
  let rows = memo.get(key);
  if (!rows) {
    if (memo.size > 50_000) memo.clear();
    rows = dailyActivity(seed, personId, iso);
    memo.set(key, rows);
  }
  return rows;
}

/** Jan 1 three full years before the year of `nowMs` (Oslo time). */
export function ledgerStartDate(nowMs: number): string {
  return `${Number(osloDateOf(nowMs).slice(0, 4)) - 3}-01-01`;
}

function cardSpendOre(seed: number, personId: string, year: number, month: number): number {
  let spent = 0;
  for (let day = 1; day <= daysInMonth(year, month); day++) {
    for (const row of memoDaily(seed, personId, isoDate(year, month, day))) {
      if (row.role === "card" && row.amountOre < 0) spent -= row.amountOre;
    }
  }
  return spent;
}

function cardBillRows(seed: number, personId: string, iso: string): DraftRow[] {
  const parts = parseIsoDate(iso);
  if (!parts || parts.day !== cardBillDay(parts.year, parts.month)) return [];
  const spent = parts.month === 1 ? cardSpendOre(seed, personId, parts.year - 1, 12) : cardSpendOre(seed, personId, parts.year, parts.month - 1);
  if (spent === 0) return [];
  return ownTransfer("checking", "card", spent, "cardBill", 400, { from: "Brukskonto", to: "Kredittkort" });
}

function buildAccount(plan: AccountPlan, person: TestPerson): SandboxAccount {
  return {
    key: accountKeyFor(person.id, plan.accountNumber),
    personId: person.id,
    role: plan.role,
    accountNumber: plan.accountNumber,
    iban: plan.iban,
    name: plan.name,
    description: plan.description,
    kind: plan.kind,
    openingBalanceOre: plan.openingBalanceOre,
    balanceOre: plan.openingBalanceOre,
    availableBalanceOre: plan.openingBalanceOre,
    currencyCode: plan.currencyCode,
    ...(plan.creditLimitOre !== undefined ? { creditLimitOre: plan.creditLimitOre } : {}),
    ...(plan.creditCardAccountId ? { creditCardAccountId: plan.creditCardAccountId } : {}),
    productType: plan.productType,
    productId: plan.productId,
    descriptionCode: plan.descriptionCode,
    type: plan.type,
    disposalRole: plan.kind === "joint",
    owner: { name: person.name, firstName: person.firstName, lastName: person.lastName, age: person.age, customerKey: person.customerKey, ssnKey: person.ssnKey },
    accountProperties: {
      isSavingsAccount: plan.isSavingsAccount,
      isHidden: false,
      isDefaultPaymentAccount: plan.isDefaultPaymentAccount,
      isTransferFromEnabled: plan.kind !== "creditcard",
      isTransferToEnabled: true,
      isPaymentFromEnabled: plan.kind === "checking" || plan.kind === "joint",
      isAllowedInAvtaleGiro: plan.kind === "checking",
      hasAccess: true,
      isOwned: plan.kind !== "joint",
      isWithdrawalsAllowed: plan.kind !== "bsu",
      isBlocked: false,
      isQueued: false,
      isFlexiLoan: false,
      isCodebitorLoan: false,
      isSecuritiesBalance: plan.kind === "ask",
      isAksjesparekontoCashBalance: plan.kind === "ask",
      isSavingsTarget: false,
      isBonusAccount: false,
      isLoan: false,
    },
  };
}

function elevenDigits(seed: number, stableKey: string): string {
  const high = hashString(`${seed}|${stableKey}|a`) % 1_000_000;
  const low = hashString(`${seed}|${stableKey}|b`) % 100_000;
  return `${String(high).padStart(6, "0")}${String(low).padStart(5, "0")}`;
}

function buildTransaction(seed: number, draft: DraftRow, stableKey: string, iso: string, today: string, byRole: Map<AccountRole, SandboxAccount>): SandboxTransaction | null {
  const account = byRole.get(draft.role);
  if (!account) return null;
  const remote = draft.remoteRole ? byRole.get(draft.remoteRole) : undefined;
  const pending = draft.isCardPurchase && daysBetween(iso, today) < PENDING_DAYS;
  const meta = createRng(seed, stableKey, "meta");
  const uncategorised = meta.chance(0.03);
  const category = uncategorised ? CATEGORIES.uncategorized : CATEGORIES[draft.category];
  const cardWord = account.kind === "creditcard" ? "MASTERCARD" : "VISA VARE";
  const reference = String(hashString(stableKey) % 1_000_000).padStart(6, "0");
  const remoteAccountNumber = remote?.accountNumber ?? draft.remoteAccountNumber;
  const remoteAccountName = remote?.name ?? draft.remoteAccountName;
  return {
    stableKey,
    personId: account.personId,
    accountKey: account.key,
    accountNumber: account.accountNumber,
    accountName: account.name,
    osloDate: iso,
    interestOsloDate: iso,
    minuteOfDay: draft.minuteOfDay,
    amountOre: draft.amountOre,
    currencyCode: account.currencyCode,
    ...(draft.original ? { currencyAmountMinor: draft.original.amountMinor, originalCurrencyCode: draft.original.currencyCode } : {}),
    description: pending ? `${cardWord} ${reference} ${draft.description}` : draft.description,
    cleanedDescription: draft.cleanedDescription,
    status: pending ? "PENDING" : "BOOKED",
    isCardPurchase: draft.isCardPurchase,
    typeCode: draft.typeCode,
    typeText: draft.typeText,
    categoryMain: category.main,
    categoryMainI18n: category.mainI18n,
    categorySub: category.sub,
    categorySubI18n: category.subI18n,
    categoryConfidence: uncategorised ? 0 : Math.round((0.72 + meta.next() * 0.27) * 100) / 100,
    recurring: draft.recurring,
    subscription: draft.subscription,
    nonUniqueId: draft.isCardPurchase ? ZERO_ID : elevenDigits(seed, stableKey),
    ...(remoteAccountNumber ? { remoteAccountNumber } : {}),
    ...(remoteAccountName ? { remoteAccountName } : {}),
    ...(draft.kidOrMessage ? { kidOrMessage: draft.kidOrMessage } : {}),
    ...(draft.merchantName ? { merchantName: draft.merchantName } : {}),
    ...(draft.mcc ? { mcc: draft.mcc } : {}),
    confidential: false,
    confidentialFieldName: meta.chance(0.1) ? "isConfidential" : "confidential",
  };
}

/**
 * The person's accounts and every row up to `nowMs`, newest last. A day's rows depend only on
 * (seed, person, date); `nowMs` decides which days exist and which card rows are still pending.
 */
export function generateLedger(seed: number, personId: string, nowMs: number): Ledger {
  const person = findPerson(personId);
  if (!person) return { accounts: [], transactions: [] };
  const start = ledgerStartDate(nowMs);
  const accounts = accountPlansFor(personId).map((plan) => buildAccount(plan, person));
  const card = accounts.find((account) => account.kind === "creditcard");
  // The first bill in the window pays for December before it, so the card opens owing that amount.
  if (card) card.openingBalanceOre = -cardSpendOre(seed, personId, Number(start.slice(0, 4)) - 1, 12);
  const byRole = new Map(accounts.map((account) => [account.role, account]));
  const today = osloDateOf(nowMs);
  const nowMinute = osloMinuteOfDay(nowMs);
  const transactions: SandboxTransaction[] = [];
  for (let iso = start; iso <= today; iso = addDays(iso, 1)) {
    const drafts = [...cardBillRows(seed, personId, iso), ...memoDaily(seed, personId, iso)].sort((a, b) => a.minuteOfDay - b.minuteOfDay);
    drafts.forEach((draft, index) => {
      if (iso === today && draft.minuteOfDay > nowMinute) return;
      const row = buildTransaction(seed, draft, `${personId}-${iso}-${String(index).padStart(3, "0")}`, iso, today, byRole);
      if (row) transactions.push(row);
    });
  }
  for (const account of accounts) {
    let booked = 0;
    let pending = 0;
    for (const row of transactions) {
      if (row.accountKey !== account.key) continue;
      if (row.status === "BOOKED") booked += row.amountOre;
      else pending += row.amountOre;
    }
    account.balanceOre = account.openingBalanceOre + booked;
    account.availableBalanceOre = account.balanceOre + pending + (account.creditLimitOre ?? 0);
  }
  return { accounts, transactions };
}
