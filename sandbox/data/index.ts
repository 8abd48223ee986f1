export { BANKS } from "./banks";
export { TEST_PERSONS, findPerson } from "./persons";
export { generateLedger, ledgerStartDate } from "./ledger";
export { osloMidnightMs, osloDateOf, addDays, parseIsoDate } from "./oslo-date";
export { formatAccountNumber, isValidAccountNumber } from "./account-numbers";
export type { AccountKind, BookingStatus, Ledger, SandboxAccount, SandboxTransaction, TestPerson } from "./types";
