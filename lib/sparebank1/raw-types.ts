import { z } from "zod";

// The bank's shapes, as lenient as the facts allow: unknown fields pass, optional ones may be absent
// or null. Nothing outside lib/sparebank1 imports these.

const text = z.string().nullish();
const money = z.number().finite();

export const rawTokenResponse = z.object({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  expires_in: z.coerce.number().positive(),
  refresh_token: z.string().min(1),
  refresh_token_expires_in: z.coerce.number().positive().nullish(),
  refresh_token_absolute_expires_in: z.coerce.number().positive().nullish(),
  scope: text,
});

export const rawOAuthError = z.object({ error: z.string(), error_description: text });

export const rawProblem = z.object({
  code: z.string().nullish(),
  message: text,
  httpCode: z.union([z.number(), z.string()]).nullish(),
  traceId: text,
});

export const rawAccount = z.object({
  key: z.string().min(1),
  accountNumber: z.string().min(1),
  iban: text,
  name: z.string(),
  description: text,
  balance: money.nullish(),
  availableBalance: money.nullish(),
  currencyCode: z.string().nullish(),
  owner: z.object({ name: text, firstName: text, lastName: text, customerKey: text, ssnKey: text }).partial().nullish(),
  type: text,
  productType: text,
  disposalRole: z.union([z.string(), z.boolean()]).nullish(),
  accountProperties: z.record(z.string(), z.unknown()).nullish(),
  creditCardCreditLimit: money.nullish(),
  creditCardAccountID: text,
});

export const rawAccountsResponse = z.object({
  accounts: z.array(rawAccount),
  errors: z.array(rawProblem).nullish(),
});

const rawAccountNumber = z.union([
  z.string(),
  z.object({ value: text, formatted: text, unformatted: text }),
]);

export const rawTransaction = z.object({
  id: text,
  nonUniqueId: text,
  date: z.number().finite(),
  interestDate: z.number().finite().nullish(),
  amount: money,
  currencyCode: z.string().nullish(),
  currencyAmount: money.nullish(),
  description: text,
  cleanedDescription: text,
  typeCode: text,
  typeText: text,
  bookingStatus: z.string().nullish(),
  source: text,
  accountKey: text,
  accountName: text,
  accountNumber: rawAccountNumber.nullish(),
  remoteAccountNumber: text,
  remoteAccountName: text,
  kidOrMessage: text,
  mcc: z.union([z.string(), z.number()]).nullish(),
  merchant: z.object({ name: text }).partial().nullish(),
  confidential: z.boolean().nullish(),
  isConfidential: z.boolean().nullish(),
});

export const rawCategory = z.object({
  main: text,
  mainI18n: text,
  sub: text,
  subI18n: text,
  confidence: z.number().nullish(),
});

export const rawClassifiedTransaction = z.object({
  transaction: rawTransaction,
  categories: z.array(rawCategory).nullish(),
  recurring: z.boolean().nullish(),
  subscription: z.boolean().nullish(),
});

export const rawClassifiedResponse = z.object({
  transactions: z.array(rawClassifiedTransaction),
  errors: z.array(rawProblem).nullish(),
});

export const rawErrorEnvelope = z.object({ errors: z.array(rawProblem) });

export type RawAccount = z.infer<typeof rawAccount>;
export type RawClassifiedTransaction = z.infer<typeof rawClassifiedTransaction>;
export type RawTokenResponse = z.infer<typeof rawTokenResponse>;
export type RawProblem = z.infer<typeof rawProblem>;
