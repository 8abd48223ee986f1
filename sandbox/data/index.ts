export { BANKS } from "./banks";
export { TEST_PERSONS, findPerson } from "./persons";
export { generateLedger, ledgerStartDate, type LedgerOptions } from "./ledger";
export { CREDIT_FAILURE_FROM_DAY, CREDIT_FAILURE_UNTIL_DAY, LATER_ACCOUNT_AFTER_DAYS, SUFFIX_MIN_AGE_DAYS, creditAccountsFailing, laterAccountVisible } from "./drift";
export { osloMidnightMs, osloDateOf, addDays, parseIsoDate } from "./oslo-date";
export { formatAccountNumber, isValidAccountNumber } from "./account-numbers";
export type { AccountKind, BookingStatus, Ledger, OptionalField, SandboxAccount, SandboxTransaction, TestPerson } from "./types";
export { recurringPlan, type PlannedCadence, type PlannedGroup, type PlannedPriceChange, type PlannedSeries } from "./recurring-plan";
