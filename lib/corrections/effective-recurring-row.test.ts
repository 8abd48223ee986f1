import { describe, expect, it } from "vitest";
import type { RecurringRow } from "../recurring/types";
import { effectiveRecurringRow } from "./effective-recurring-row";

const bank: RecurringRow = {
  id: "t1",
  accountId: "a1",
  bookingDate: "2026-11-02",
  amount: -1_500_00,
  status: "BOOKED",
  description: "VIPPS *OLA NORDMANN",
  merchantName: null,
  remoteAccountNumber: null,
  remoteAccountName: null,
  categoryMain: "TRANSFERS",
  isOwnTransfer: false,
  recurring: false,
  subscription: false,
};

describe("effectiveRecurringRow", () => {
  it("keeps the bank's row when the owner changed nothing", () => {
    expect(effectiveRecurringRow(bank, null)).toBe(bank);
  });

  it("reads the owner's merchant, category and transfer mark over the bank's", () => {
    const row = effectiveRecurringRow(bank, { merchantName: "Utleier Ola", categoryMain: "HOUSING", isTransfer: true, excluded: false });
    expect(row).toMatchObject({ merchantName: "Utleier Ola", categoryMain: "HOUSING", isOwnTransfer: true, amount: bank.amount, description: bank.description });
  });

  it("leaves an excluded row out", () => {
    expect(effectiveRecurringRow(bank, { merchantName: null, categoryMain: "TRANSFERS", isTransfer: false, excluded: true })).toBeNull();
  });
});
