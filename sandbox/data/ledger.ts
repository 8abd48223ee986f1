import { absentFieldsFor } from "./absent-fields";
import { accountKeyFor, accountPlansFor, laterAccountPlanFor, type AccountPlan } from "./account-plans";
import { CATEGORIES } from "./categories";
import { cardBillDay, dailyActivity } from "./daily-activity";
import { ownTransfer, type DraftRow } from "./draft-row";
import { bookedCardGetsId, creditAccountsFailing, descriptionSuffix, laterAccountVisible, SUFFIX_MIN_AGE_DAYS, type LedgerOptions } from "./drift";
import { laterAccountActivity } from "./later-account-activity";
import { addDays, daysBetween, daysInMonth, isoDate, osloDateOf, osloMinuteOfDay, parseIsoDate } from "./oslo-date";
import { findPerson } from "./persons";
import { createRng, hashString } from "./prng";
import type { AccountRole, Ledger, SandboxAccount, SandboxTransaction, TestPerson } from "./types";

export type { LedgerOptions } from "./drift";

const ZERO_ID = "00000000000";
const PENDING_DAYS = 2;
const CITY: Record<string, string> = { kari: "OSLO", ola: "TRONDHEIM" };
const memo = new Map<string, DraftRow[]>();

function memoised(kind: string, seed: number, personId: string, iso: string, make: () => DraftRow[]): DraftRow[] {
  const key = `${kind}|${seed}|${personId}|${iso}`;
  let rows = memo.get(key);
  if (!rows) {
    if (memo.size > 100_000) memo.clear();
    rows = make();
    memo.set(key, rows);
  }
  return rows;
}

function memoDaily(seed: number, personId: string, iso: string): DraftRow[] {
  return memoised("daily", seed, personId, iso, () => dailyActivity(seed, personId, iso));
}

function memoLater(seed: number, personId: string, iso: string): DraftRow[] {
  return memoised("later", seed, personId, iso, () => laterAccountActivity(seed, personId, iso));
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

interface Day {
  iso: string;
  today: string;
  byRole: Map<AccountRole, SandboxAccount>;
  drift: boolean;
  city: string;
  /** Card drafts with an identical sibling that day (same account, amount and text). */
  twins: Set<DraftRow>;
}

function twinsOf(drafts: readonly DraftRow[]): Set<DraftRow> {
  const bySignature = new Map<string, DraftRow[]>();
  for (const draft of drafts) {
    if (!draft.isCardPurchase) continue;
    const signature = `${draft.role}|${draft.amountOre}|${draft.description}`;
    bySignature.set(signature, [...(bySignature.get(signature) ?? []), draft]);
  }
  return new Set([...bySignature.values()].filter((group) => group.length > 1).flat());
}

/** Booked card rows: with drift most get a fresh id on booking; twins keep zeros, so only their order tells them apart. */
function nonUniqueIdFor(seed: number, draft: DraftRow, stableKey: string, pending: boolean, day: Day): string {
  if (!draft.isCardPurchase) return elevenDigits(seed, stableKey);
  if (pending || !day.drift || day.twins.has(draft) || !bookedCardGetsId(seed, stableKey)) return ZERO_ID;
  const id = elevenDigits(seed, `${stableKey}|booked`);
  return id === ZERO_ID ? "10000000001" : id;
}

function bookedDescription(seed: number, draft: DraftRow, account: SandboxAccount, day: Day): string {
  if (!day.drift || daysBetween(day.iso, day.today) < SUFFIX_MIN_AGE_DAYS) return draft.description;
  const suffix = descriptionSuffix(seed, `${account.key}|${day.iso}|${draft.amountOre}|${draft.description}`, day.iso, day.city);
  return suffix ? `${draft.description}${suffix}` : draft.description;
}

function buildTransaction(seed: number, draft: DraftRow, stableKey: string, day: Day): SandboxTransaction | null {
  const account = day.byRole.get(draft.role);
  if (!account) return null;
  const remote = draft.remoteRole ? day.byRole.get(draft.remoteRole) : undefined;
  const pending = draft.isCardPurchase && daysBetween(day.iso, day.today) < PENDING_DAYS;
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
    osloDate: day.iso,
    interestOsloDate: day.iso,
    minuteOfDay: draft.minuteOfDay,
    amountOre: draft.amountOre,
    currencyCode: account.currencyCode,
    ...(draft.original ? { currencyAmountMinor: draft.original.amountMinor, foreignCurrencyCode: draft.original.currencyCode } : {}),
    description: pending ? `${cardWord} ${reference} ${draft.description}` : bookedDescription(seed, draft, account, day),
    cleanedDescription: draft.cleanedDescription,
    status: pending ? "PENDING" : "BOOKED",
    isCardPurchase: draft.isCardPurchase,
    typeCode: draft.typeCode,
    typeText: draft.typeText,
    categoryMain: category.main,
    categoryMainI18n: category.mainI18n,
    categorySub: category.sub,
    categorySubI18n: category.subI18n,
    categoryConfidence: uncategorised ? 0 : Math.round((0.72 + meta.next() * 0.27) * 100),
    recurring: draft.recurring,
    subscription: draft.subscription,
    nonUniqueId: nonUniqueIdFor(seed, draft, stableKey, pending, day),
    ...(remoteAccountNumber ? { remoteAccountNumber } : {}),
    ...(remoteAccountName ? { remoteAccountName } : {}),
    ...(draft.kidOrMessage ? { kidOrMessage: draft.kidOrMessage } : {}),
    ...(draft.merchantName ? { merchantName: draft.merchantName } : {}),
    ...(draft.mcc ? { mcc: draft.mcc } : {}),
    confidential: false,
    absentFields: absentFieldsFor(seed, stableKey, draft.original !== undefined),
  };
}

/**
 * The person's accounts and every row up to `nowMs`, newest last, exactly as the bank shows them at
 * `nowMs`. A day's rows depend only on (seed, person, date); `nowMs` decides which days exist and
 * which card rows are still pending. With `options.drift`, texts and ids drift with age and a later
 * account appears relative to `options.epochMs` (see drift.ts); without options there is no drift.
 */
export function generateLedger(seed: number, personId: string, nowMs: number, options?: LedgerOptions): Ledger {
  const person = findPerson(personId);
  if (!person) return { accounts: [], transactions: [], creditAccountsFailing: false };
  const drift = options?.drift ?? false;
  // With drift the history is anchored to the epoch, so it does not lose a year (and its opening
  // balances jump) when the clock passes New Year.
  const start = ledgerStartDate(options ? Math.min(nowMs, options.epochMs) : nowMs);
  const laterPlan = laterAccountVisible(nowMs, options) ? laterAccountPlanFor(personId) : undefined;
  const accounts = [...accountPlansFor(personId), ...(laterPlan ? [laterPlan] : [])].map((plan) => buildAccount(plan, person));
  const card = accounts.find((account) => account.kind === "creditcard");
  // The first bill in the window pays for December before it, so the card opens owing that amount.
  if (card) card.openingBalanceOre = -cardSpendOre(seed, personId, Number(start.slice(0, 4)) - 1, 12);
  const byRole = new Map(accounts.map((account) => [account.role, account]));
  const today = osloDateOf(nowMs);
  const nowMinute = osloMinuteOfDay(nowMs);
  const city = CITY[personId] ?? "OSLO";
  const transactions: SandboxTransaction[] = [];
  for (let iso = start; iso <= today; iso = addDays(iso, 1)) {
    const drafts = [...cardBillRows(seed, personId, iso), ...memoDaily(seed, personId, iso)].sort((a, b) => a.minuteOfDay - b.minuteOfDay);
    const laterDrafts = laterPlan ? memoLater(seed, personId, iso) : [];
    const day: Day = { iso, today, byRole, drift, city, twins: drift ? twinsOf([...drafts, ...laterDrafts]) : new Set() };
    const add = (list: readonly DraftRow[], prefix: string) =>
      list.forEach((draft, index) => {
        if (iso === today && draft.minuteOfDay > nowMinute) return;
        const row = buildTransaction(seed, draft, `${prefix}${String(index).padStart(3, "0")}`, day);
        if (row) transactions.push(row);
      });
    add(drafts, `${personId}-${iso}-`);
    // Its own key space, so the other accounts' keys (and ids) stay as they were without it.
    add(laterDrafts, `${personId}-${iso}-L`);
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
  return { accounts, transactions, creditAccountsFailing: creditAccountsFailing(nowMs, options) };
}
