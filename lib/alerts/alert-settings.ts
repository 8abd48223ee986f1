import { z } from "zod";

const kroner = z.number().int().min(0).max(99_999_999_999_900);

// Stored as JSON per user; every field has a default so an older stored shape still reads.
export const alertSettingsSchema = z.object({
  // `accounts` overrides the threshold per account id; null turns the alert off for that account.
  lowBalance: z
    .object({ enabled: z.boolean().default(true), threshold: kroner.default(100_000), accounts: z.record(z.string().max(100), kroner.nullable()).default({}) })
    .default({ enabled: true, threshold: 100_000, accounts: {} }),
  largeTransaction: z.object({ enabled: z.boolean().default(true), threshold: kroner.default(500_000) }).default({ enabled: true, threshold: 500_000 }),
  budget: z.object({ enabled: z.boolean().default(true) }).default({ enabled: true }),
  unusualSpending: z.object({ enabled: z.boolean().default(true), factor: z.number().min(1.1).max(10).default(1.5) }).default({ enabled: true, factor: 1.5 }),
  newSubscription: z.object({ enabled: z.boolean().default(true) }).default({ enabled: true }),
  priceRise: z.object({ enabled: z.boolean().default(true) }).default({ enabled: true }),
  recurringMissed: z.object({ enabled: z.boolean().default(true) }).default({ enabled: true }),
  loginExpiring: z.object({ enabled: z.boolean().default(true) }).default({ enabled: true }),
  syncFailing: z.object({ enabled: z.boolean().default(true), hours: z.number().int().min(1).max(24 * 30).default(24) }).default({ enabled: true, hours: 24 }),
  /** Amounts in notifications that leave the app (off: what happened, without figures). */
  details: z.boolean().default(false),
  /** The language of notifications that leave the app: the one the owner last saved these settings in. */
  locale: z.enum(["nb", "en"]).default("nb"),
});

export type AlertSettings = z.infer<typeof alertSettingsSchema>;

export const DEFAULT_ALERT_SETTINGS: AlertSettings = alertSettingsSchema.parse({});

/** Stored JSON to settings; anything unreadable falls back to the defaults rather than failing. */
export function readAlertSettings(json: string | null | undefined): AlertSettings {
  if (!json) return DEFAULT_ALERT_SETTINGS;
  try {
    const parsed = alertSettingsSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : DEFAULT_ALERT_SETTINGS;
  } catch {
    return DEFAULT_ALERT_SETTINGS;
  }
}
