import { z } from "zod";
import { categoryChoiceSchema } from "./category-choice";

export const MAX_TAGS = 10;
export const MAX_SPLITS = 20;

const tag = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(40, "must be at most 40 characters")
  .regex(/^[^,;\n\r\t]+$/, "must not contain commas, semicolons or line breaks");

export const splitPartSchema = z
  .object({
    /** Integer øre with the row's sign. */
    amount: z.number().int("must be whole øre").refine((value) => value !== 0, "must not be zero").refine(Number.isSafeInteger, "is too large"),
    category: categoryChoiceSchema.nullable(),
  })
  .strict();

/** The owner's corrections of one row. A field left null (or out) keeps the bank's value. */
export const correctionSchema = z
  .object({
    category: categoryChoiceSchema.nullable().default(null),
    merchantName: z.string().trim().min(1, "must not be empty").max(100, "must be at most 100 characters").nullable().default(null),
    isTransfer: z.boolean().nullable().default(null),
    excluded: z.boolean().nullable().default(null),
    note: z.string().trim().max(1000, "must be at most 1000 characters").nullable().default(null),
    tags: z.array(tag).max(MAX_TAGS, `must be at most ${MAX_TAGS} tags`).default([]),
    splits: z.array(splitPartSchema).max(MAX_SPLITS, `must be at most ${MAX_SPLITS} parts`).default([]),
  })
  .strict();

export type CorrectionInput = z.infer<typeof correctionSchema>;
export type SplitPart = z.infer<typeof splitPartSchema>;
