import { z } from "zod";

const code = z.string().trim().min(1, "must not be empty").max(64, "must be at most 64 characters");
const label = z.string().trim().min(1, "must not be empty").max(80, "must be at most 80 characters");

/** A category as the owner picks it: the bank's codes with their labels, the sub optional. */
export const categoryChoiceSchema = z
  .object({ main: code, mainLabel: label, sub: code.optional(), subLabel: label.optional() })
  .strict()
  .refine((value) => (value.sub === undefined) === (value.subLabel === undefined), { message: "needs both a sub code and its label", path: ["sub"] });

export type CategoryChoice = z.infer<typeof categoryChoiceSchema>;
