import { z } from "zod";
import { categoryChoiceSchema } from "../corrections/category-choice";
import { RULE_NAME_MAX } from "./default-rule-name";

const text = z.string().trim().min(1, "must not be empty").max(100, "must be at most 100 characters");
const ore = z.number().int("must be whole øre").min(0, "must not be negative").max(1e13, "is too large");

/**
 * Every condition given must hold (AND). Text conditions compare case-insensitively; "matches" is a
 * whole-text pattern where `*` is any text and `?` one character (not a regular expression, so no
 * pattern can make the server backtrack for long). Amounts are absolute øre.
 */
export const ruleConditionsSchema = z
  .object({
    descriptionContains: text.optional(),
    descriptionMatches: text.optional(),
    merchantContains: text.optional(),
    merchantMatches: text.optional(),
    minAmount: ore.optional(),
    maxAmount: ore.optional(),
    accountId: z.string().min(1).max(64).optional(),
    direction: z.enum(["in", "out"]).optional(),
    bankCategory: z.string().trim().min(1).max(64).optional(),
    remoteAccount: z.string().trim().regex(/^[\d. ]{4,20}$/, "must be an account number").optional(),
  })
  .strict()
  .refine((value) => Object.values(value).some((entry) => entry !== undefined), { message: "needs at least one condition", path: ["descriptionContains"] })
  .refine((value) => value.minAmount === undefined || value.maxAmount === undefined || value.minAmount <= value.maxAmount, {
    message: "must not exceed the maximum",
    path: ["minAmount"],
  });

export const ruleActionsSchema = z
  .object({
    setCategory: categoryChoiceSchema.optional(),
    renameMerchant: text.optional(),
    markTransfer: z.boolean().optional(),
    exclude: z.boolean().optional(),
    addTag: z
      .string()
      .trim()
      .min(1, "must not be empty")
      .max(40, "must be at most 40 characters")
      .regex(/^[^,;\n\r\t]+$/, "must not contain commas, semicolons or line breaks")
      .optional(),
  })
  .strict()
  .refine((value) => Object.values(value).some((entry) => entry !== undefined), { message: "needs at least one action", path: ["setCategory"] });

export const ruleInputSchema = z
  .object({
    name: z.string().trim().min(1, "must not be empty").max(RULE_NAME_MAX, `must be at most ${RULE_NAME_MAX} characters`),
    conditions: ruleConditionsSchema,
    actions: ruleActionsSchema,
  })
  .strict();

export type RuleConditions = z.infer<typeof ruleConditionsSchema>;
export type RuleActions = z.infer<typeof ruleActionsSchema>;
export type RuleInput = z.infer<typeof ruleInputSchema>;

export interface Rule extends RuleInput {
  id: string;
  position: number;
}
