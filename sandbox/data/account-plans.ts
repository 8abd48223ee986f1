import { accountNumberFor, ibanFor } from "./account-numbers";
import { opaqueKey } from "./opaque-key";
import type { AccountKind, AccountRole } from "./types";

export interface AccountPlan {
  role: AccountRole;
  kind: AccountKind;
  accountNumber: string;
  iban: string;
  name: string;
  description: string;
  currencyCode: string;
  openingBalanceOre: number;
  creditLimitOre?: number;
  creditCardAccountId?: string;
  productType: string;
  productId: string;
  descriptionCode: string;
  type: string;
  isDefaultPaymentAccount: boolean;
  isSavingsAccount: boolean;
}

const BANK_PREFIX = "4212";

function plan(personId: string, base: Omit<AccountPlan, "accountNumber" | "iban"> & { bankPrefix?: string }): AccountPlan {
  const { bankPrefix, ...rest } = base;
  if (rest.kind === "creditcard") {
    const digits = accountNumberFor("9710", `${personId}:${rest.role}`).slice(0, 10);
    return { ...rest, accountNumber: `K${digits}`, iban: "" };
  }
  const accountNumber = accountNumberFor(bankPrefix ?? BANK_PREFIX, `${personId}:${rest.role}`);
  return { ...rest, accountNumber, iban: ibanFor(accountNumber) };
}

const PLANS: Record<string, AccountPlan[]> = {
  kari: [
    plan("kari", { role: "checking", kind: "checking", name: "Brukskonto", description: "Brukskonto", currencyCode: "NOK", openingBalanceOre: 18_250_00, productType: "BRUKSKONTO", productId: "BK01", descriptionCode: "BRUKSKONTO", type: "USER", isDefaultPaymentAccount: true, isSavingsAccount: false }),
    plan("kari", { role: "savings", kind: "savings", name: "Sparekonto", description: "Buffer", currencyCode: "NOK", openingBalanceOre: 42_000_00, productType: "SPAREKONTO", productId: "SK01", descriptionCode: "SPAREKONTO", type: "SAVING", isDefaultPaymentAccount: false, isSavingsAccount: true }),
    plan("kari", { role: "bsu", kind: "bsu", name: "BSU", description: "BSU", currencyCode: "NOK", openingBalanceOre: 61_500_00, productType: "BSU", productId: "BSU2", descriptionCode: "BSU", type: "BSU", isDefaultPaymentAccount: false, isSavingsAccount: true }),
    plan("kari", { role: "card", kind: "creditcard", name: "Kredittkort", description: "Mastercard", currencyCode: "NOK", openingBalanceOre: 0, creditLimitOre: 30_000_00, creditCardAccountId: opaqueKey("kari:card:id").slice(0, 20), productType: "KREDITTKORT", productId: "MC01", descriptionCode: "KREDITTKORT", type: "CREDITCARD", isDefaultPaymentAccount: false, isSavingsAccount: false }),
    plan("kari", { role: "joint", kind: "joint", name: "Felleskonto", description: "Felles med Jonas", currencyCode: "NOK", openingBalanceOre: 7_400_00, productType: "BRUKSKONTO", productId: "BK01", descriptionCode: "FELLESKONTO", type: "USER", isDefaultPaymentAccount: false, isSavingsAccount: false }),
  ],
  ola: [
    plan("ola", { role: "checking", kind: "checking", name: "Brukskonto", description: "Lønnskonto", currencyCode: "NOK", openingBalanceOre: 38_600_00, productType: "BRUKSKONTO", productId: "BK01", descriptionCode: "BRUKSKONTO", type: "USER", isDefaultPaymentAccount: true, isSavingsAccount: false }),
    plan("ola", { role: "savings", kind: "savings", name: "Høyrente", description: "Høyrente", currencyCode: "NOK", openingBalanceOre: 115_000_00, productType: "HOYRENTE", productId: "HR01", descriptionCode: "HOYRENTE", type: "SAVING", isDefaultPaymentAccount: false, isSavingsAccount: true }),
    plan("ola", { role: "bsu", kind: "bsu", name: "BSU", description: "BSU", currencyCode: "NOK", openingBalanceOre: 148_000_00, productType: "BSU", productId: "BSU2", descriptionCode: "BSU", type: "BSU", isDefaultPaymentAccount: false, isSavingsAccount: true }),
    plan("ola", { role: "card", kind: "creditcard", name: "Kredittkort", description: "Visa", currencyCode: "NOK", openingBalanceOre: 0, creditLimitOre: 50_000_00, creditCardAccountId: opaqueKey("ola:card:id").slice(0, 20), productType: "KREDITTKORT", productId: "VI01", descriptionCode: "KREDITTKORT", type: "CREDITCARD", isDefaultPaymentAccount: false, isSavingsAccount: false }),
    plan("ola", { role: "eur", kind: "currency", name: "Valutakonto EUR", description: "Euro", currencyCode: "EUR", openingBalanceOre: 650_00, productType: "VALUTAKONTO", productId: "VK01", descriptionCode: "VALUTA", type: "CURRENCY", isDefaultPaymentAccount: false, isSavingsAccount: false }),
    plan("ola", { role: "ask", kind: "ask", name: "Aksjesparekonto", description: "ASK", currencyCode: "NOK", openingBalanceOre: 12_000_00, productType: "ASK", productId: "ASK1", descriptionCode: "ASK", type: "ASK", isDefaultPaymentAccount: false, isSavingsAccount: true }),
  ],
};

// Shared with the person later (drift only): listed from epoch + 3 days on, with its whole history.
const LATER_PLANS: Record<string, AccountPlan> = {
  kari: plan("kari", { role: "shared", kind: "joint", name: "Hyttekonto", description: "Hytta med Marte", currencyCode: "NOK", openingBalanceOre: 4_000_00, productType: "BRUKSKONTO", productId: "BK01", descriptionCode: "FELLESKONTO", type: "USER", isDefaultPaymentAccount: false, isSavingsAccount: false }),
  ola: plan("ola", { role: "shared", kind: "joint", name: "Feriekonto", description: "Ferie med Silje", currencyCode: "NOK", openingBalanceOre: 2_500_00, productType: "BRUKSKONTO", productId: "BK01", descriptionCode: "FELLESKONTO", type: "USER", isDefaultPaymentAccount: false, isSavingsAccount: false }),
};

export function accountPlansFor(personId: string): AccountPlan[] {
  return PLANS[personId] ?? [];
}

export function laterAccountPlanFor(personId: string): AccountPlan | undefined {
  return LATER_PLANS[personId];
}

export function accountKeyFor(personId: string, accountNumber: string): string {
  return opaqueKey(`${personId}:${accountNumber}`);
}
