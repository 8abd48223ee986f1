import { accountKeyFor, accountPlansFor, laterAccountPlanFor } from "../data/account-plans";
import { TEST_PERSONS } from "../data/persons";

/** Every account key a person may ever have, the later (shared) account's included. */
const OWNER_BY_KEY = new Map<string, string>(
  TEST_PERSONS.flatMap((person) =>
    [...accountPlansFor(person.id), laterAccountPlanFor(person.id)]
      .filter((plan) => plan !== undefined)
      .map((plan) => [accountKeyFor(person.id, plan.accountNumber), person.id] as const),
  ),
);

export function ownerOfAccountKey(key: string): string | undefined {
  return OWNER_BY_KEY.get(key);
}
