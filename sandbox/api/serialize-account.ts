import type { SandboxAccount } from "../data/types";

const kroner = (ore: number) => Math.round(ore) / 100;

export function serializeAccount(account: SandboxAccount): Record<string, unknown> {
  return {
    key: account.key,
    accountNumber: account.accountNumber,
    iban: account.iban,
    name: account.name,
    description: account.description,
    balance: kroner(account.balanceOre),
    availableBalance: kroner(account.availableBalanceOre),
    currencyCode: account.currencyCode,
    owner: { ...account.owner },
    productType: account.productType,
    type: account.type,
    productId: account.productId,
    descriptionCode: account.descriptionCode,
    disposalRole: account.disposalRole,
    accountProperties: { ...account.accountProperties },
    ...(account.kind === "creditcard"
      ? { creditCardCreditLimit: kroner(account.creditLimitOre ?? 0), creditCardAccountID: account.creditCardAccountId ?? null }
      : {}),
  };
}
