import { generateLedger, TEST_PERSONS } from "../../sandbox/data";
import { SANDBOX_SEED } from "./paths";

// Expected figures come from the sandbox's own data generator, never from Saldo's store.
export function sandboxLedger(personId: string, now = Date.now()) {
  return generateLedger(SANDBOX_SEED, personId, now);
}

export function personByName(name: string) {
  const person = TEST_PERSONS.find((candidate) => candidate.name === name);
  if (!person) throw new Error(`No sandbox person called ${name}`);
  return person;
}

/** nb-NO currency text with ordinary spaces, for comparing with what the page shows. */
export function nok(ore: number, currency = "NOK"): string {
  return new Intl.NumberFormat("nb-NO", { style: "currency", currency, minimumFractionDigits: 2 })
    .format(ore / 100)
    .replace(/[\u00a0\u202f]/g, " ");
}

export const plain = (text: string | null) => (text ?? "").replace(/[\u00a0\u202f]/g, " ").trim();
