import { createRng } from "./prng";
import type { OptionalField } from "./types";

const CANDIDATES: readonly OptionalField[] = ["cleanedDescription", "typeText", "remoteAccountName", "kidOrMessage", "interestDate", "accountCurrency", "currencyCode"];
const SHARE = 0.03;

/** A few % of rows leave out one optional field or another, as real answers do; fixed per row and seed. */
export function absentFieldsFor(seed: number, stableKey: string, foreign: boolean): OptionalField[] {
  const rng = createRng(seed, stableKey, "absent-fields");
  // Every candidate draws, so one field's rule never shifts another's.
  return CANDIDATES.filter((field) => rng.chance(SHARE) && !(foreign && field === "currencyCode"));
}
