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

// The spec types a 200's `errors` as plain strings (["CREDIT_ACCOUNTS_FAILED"]); error envelopes
// carry objects. Either may arrive on either kind of answer.
const rawAnswerErrors = z.array(z.union([z.string(), rawProblem])).nullish();

/** The account list with each account still unread: one odd account must not refuse the others. */
export const rawAccountListResponse = z.object({
  accounts: z.array(z.unknown()),
  errors: rawAnswerErrors,
});

const rawAccountNumber = z.union([
  z.string(),
  z.object({ value: text, formatted: text, unformatted: text }),
]);

// Epoch ms at Oslo midnight; the details endpoints send "yyyy-MM-dd".
const rawDate = z.union([z.number().finite(), z.string().regex(/^\d{4}-\d{2}-\d{2}/)]);

// Only id, source, bookingStatus and canShowDetails are required by the spec, and Saldo needs none of
// them; what a row lacks that Saldo needs (date, amount, account) is decided per row in transform.ts.
export const rawTransaction = z.object({
  id: text,
  nonUniqueId: text,
  date: rawDate.nullish(),
  interestDate: rawDate.nullish(),
  amount: money.nullish(),
  currencyCode: text,
  currencyAmount: money.nullish(),
  accountCurrency: text,
  description: text,
  cleanedDescription: text,
  typeCode: text,
  typeText: text,
  bookingStatus: text,
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
  transaction: rawTransaction.nullish(),
  categories: z.array(rawCategory).nullish(),
  recurring: z.boolean().nullish(),
  subscription: z.boolean().nullish(),
});

/** Rows are checked one by one (see banking-api.ts), so one odd row never refuses the others. */
export const rawClassifiedResponse = z.object({
  transactions: z.array(z.unknown()),
  errors: rawAnswerErrors,
});

export const rawErrorEnvelope = z.object({ errors: z.array(z.union([z.string(), rawProblem])) });

export type RawAccount = z.infer<typeof rawAccount>;
export type RawClassifiedTransaction = z.infer<typeof rawClassifiedTransaction>;
export type RawTokenResponse = z.infer<typeof rawTokenResponse>;
export type RawProblem = z.infer<typeof rawProblem>;
export type RawAnswerErrors = z.infer<typeof rawAnswerErrors>;
