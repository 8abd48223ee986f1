import { z } from "zod";
import { isIsoDay } from "../dates/oslo-date";

export const BACKUP_FORMAT = "saldo-backup";
export const BACKUP_VERSION = 1;

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "must be an id");
const day = z.string().refine(isIsoDay, "must be a date as yyyy-MM-dd");
const moment = z.string().max(40).refine((value) => !Number.isNaN(Date.parse(value)), "must be an ISO date-time");
const ore = z.number().int("must be whole øre").refine(Number.isSafeInteger, "is too large");
const text = (max: number) => z.string().max(max);
const maybe = <T extends z.ZodType>(schema: T) => schema.nullable();

export const backupAccountSchema = z
  .object({
    id,
    bankKey: text(200),
    accountNumber: text(64),
    iban: maybe(text(64)),
    name: text(200),
    description: maybe(text(200)),
    type: text(40),
    productType: maybe(text(80)),
    currencyCode: text(8),
    balance: ore,
    availableBalance: ore,
    creditLimit: maybe(ore),
    isSavings: z.boolean(),
    isHidden: z.boolean(),
    ownerName: maybe(text(200)),
    position: z.number().int(),
    syncedAt: moment,
    syncedThrough: maybe(day),
    backfilledFrom: maybe(day),
    backfillDone: z.boolean(),
    reconcileFrom: maybe(day),
    reconcileBase: maybe(ore),
  })
  .strict();

export const backupTransactionSchema = z
  .object({
    id,
    accountId: id,
    status: z.enum(["PENDING", "BOOKED"]),
    bookingDate: day,
    interestDate: maybe(day),
    amount: ore,
    currencyCode: text(8),
    foreignCurrency: maybe(text(8)),
    foreignAmount: maybe(ore),
    nonUniqueId: maybe(text(200)),
    rawDescription: text(2000),
    description: text(2000),
    merchantName: maybe(text(500)),
    typeCode: maybe(text(100)),
    typeText: maybe(text(500)),
    remoteAccountNumber: maybe(text(64)),
    remoteAccountName: maybe(text(500)),
    kidOrMessage: maybe(text(2000)),
    categoryMain: maybe(text(100)),
    categoryMainLabel: maybe(text(200)),
    categorySub: maybe(text(100)),
    categorySubLabel: maybe(text(200)),
    isOwnTransfer: z.boolean(),
    recurring: z.boolean(),
    subscription: z.boolean(),
    syncedAt: moment,
    /** Rows imported from the bank's CSV stay imported rows after a restore. */
    source: z.enum(["sync", "import"]).default("sync"),
  })
  .strict();

export const backupSnapshotSchema = z
  .object({ accountId: id, takenAt: moment, date: day, balance: ore, availableBalance: ore, ledgerSum: maybe(ore) })
  .strict();

export const backupCorrectionSchema = z
  .object({
    transactionId: id,
    categoryMain: maybe(text(64)),
    categoryMainLabel: maybe(text(80)),
    categorySub: maybe(text(64)),
    categorySubLabel: maybe(text(80)),
    merchantName: maybe(text(100)),
    isTransfer: maybe(z.boolean()),
    excluded: maybe(z.boolean()),
    note: maybe(text(1000)),
    tags: z.array(text(40)).max(10),
  })
  .strict();

export const backupSplitSchema = z
  .object({
    transactionId: id,
    position: z.number().int().min(0),
    amount: ore,
    categoryMain: maybe(text(64)),
    categoryMainLabel: maybe(text(80)),
    categorySub: maybe(text(64)),
    categorySubLabel: maybe(text(80)),
  })
  .strict();

export const backupBudgetSchema = z
  .object({ category: text(100), subCategory: text(100), amount: ore.refine((value) => value >= 0, "must not be negative"), rollover: z.boolean(), since: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "must be a month as yyyy-MM") })
  .strict();

export const backupSeriesChoiceSchema = z.object({ seriesKey: text(500), status: maybe(z.enum(["CONFIRMED", "DISMISSED"])), name: maybe(text(80)) }).strict();

/** Rules keep their JSON; restore checks each with the rule schema before storing it. */
export const backupRuleSchema = z.object({ position: z.number().int().min(0), name: text(80), conditions: z.unknown(), actions: z.unknown() }).strict();

export const backupSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(BACKUP_VERSION),
    createdAt: moment,
    accounts: z.array(backupAccountSchema).max(1_000),
    transactions: z.array(backupTransactionSchema).max(1_000_000),
    snapshots: z.array(backupSnapshotSchema).max(1_000_000),
    corrections: z.array(backupCorrectionSchema).max(1_000_000),
    splits: z.array(backupSplitSchema).max(1_000_000),
    rules: z.array(backupRuleSchema).max(1_000),
    // Added after the first files were written: absent means none.
    budgets: z.array(backupBudgetSchema).max(10_000).default([]),
    seriesChoices: z.array(backupSeriesChoiceSchema).max(10_000).default([]),
    /** The alert settings' JSON (read leniently on restore); never the webhook address or push subscriptions. */
    alertSettings: maybe(text(20_000)).default(null),
  })
  .strict();

export type Backup = z.infer<typeof backupSchema>;
