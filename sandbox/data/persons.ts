import type { TestPerson } from "./types";

export const TEST_PERSONS: TestPerson[] = [
  {
    id: "kari",
    name: "Kari Nordmann",
    firstName: "Kari",
    lastName: "Nordmann",
    customerKey: "c7a1f0e2b9d84c3a",
    ssnKey: "s-3f9e2a71c0b54d86",
    age: 29,
  },
  {
    id: "ola",
    name: "Ola Hansen",
    firstName: "Ola",
    lastName: "Hansen",
    customerKey: "d2b8e4f1a6c03957",
    ssnKey: "s-8a41c6d2e7f09b35",
    age: 33,
  },
];

export function findPerson(personId: string): TestPerson | undefined {
  return TEST_PERSONS.find((person) => person.id === personId);
}
