import { z } from "zod";
import { isIsoDay } from "../dates/oslo-date";

const day = z.string().refine(isIsoDay, "must be a date as yyyy-MM-dd");
const kroner = z
  .string()
  .regex(/^-?\d{1,9}([.,]\d{1,2})?$/, "must be an amount in kroner, e.g. 199.50")
  .transform((value) => Math.round(Number(value.replace(",", ".")) * 100));

/** Query parameters of /api/transactions and the transactions page (same names, so URLs are shareable). */
export const transactionFilterSchema = z
  .object({
    from: day.optional(),
    to: day.optional(),
    account: z.string().min(1).max(64).optional(),
    category: z.string().min(1).max(64).optional(),
    q: z.string().trim().min(1).max(100).optional(),
    min: kroner.optional(),
    max: kroner.optional(),
    status: z.enum(["PENDING", "BOOKED"]).optional(),
    direction: z.enum(["in", "out"]).optional(),
    transfers: z.enum(["include", "exclude"]).optional(),
    cursor: z.string().regex(/^[A-Za-z0-9_-]{1,200}$/, "is not a cursor this API issued").optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict()
  .refine((filter) => !filter.from || !filter.to || filter.from <= filter.to, { message: "from must not be after to", path: ["from"] })
  .refine((filter) => filter.min === undefined || filter.max === undefined || filter.min <= filter.max, {
    message: "min must not exceed max",
    path: ["min"],
  });

export type TransactionFilter = z.infer<typeof transactionFilterSchema>;

export interface TransactionCursor {
  bookingDate: string;
  id: string;
}

export function encodeCursor(cursor: TransactionCursor): string {
  return Buffer.from(`${cursor.bookingDate}|${cursor.id}`).toString("base64url");
}

export function decodeCursor(value: string): TransactionCursor | undefined {
  const [bookingDate, id, extra] = Buffer.from(value, "base64url").toString("utf8").split("|");
  if (extra !== undefined || !bookingDate || !id || !isIsoDay(bookingDate) || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) return undefined;
  return { bookingDate, id };
}
