import { accountKeyFor, accountPlansFor } from "../data/account-plans";
import { TEST_PERSONS } from "../data/persons";

const OWNER_BY_KEY = new Map<string, string>(
  TEST_PERSONS.flatMap((person) => accountPlansFor(person.id).map((plan) => [accountKeyFor(person.id, plan.accountNumber), person.id] as const)),
);

export function ownerOfAccountKey(key: string): string | undefined {
  return OWNER_BY_KEY.get(key);
}
