import { describe, expect, it } from "vitest";
import type { BankTransactionData } from "../domain/types";
import { fingerprintTransactions } from "./fingerprint";

const row = (overrides: Partial<BankTransactionData> = {}): BankTransactionData => ({
  accountNumber: "12345678901",
  status: "BOOKED",
  bookingDate: "2026-03-30",
  amount: -4990,
  currencyCode: "NOK",
  rawDescription: "KIWI 505 STORO",
  description: "Kiwi",
  nonUniqueId: "00000000000",
  ...overrides,
});

describe("fingerprintTransactions", () => {
  it("is stable when only the bank's session-specific id or display text changes", () => {
    const [a] = fingerprintTransactions([row({ accountKey: "key-session-1", description: "Kiwi" })]);
    const [b] = fingerprintTransactions([row({ accountKey: "key-session-2", description: "KIWI Storo" })]);
    expect(a).toBe(b);
  });

  it("ignores whitespace and case differences in the raw text", () => {
    const [a] = fingerprintTransactions([row({ rawDescription: "KIWI  505 storo " })]);
    const [b] = fingerprintTransactions([row()]);
    expect(a).toBe(b);
  });

  it("numbers identical rows on the same day, the same way every fetch", () => {
    const first = fingerprintTransactions([row(), row(), row({ amount: -100 })]);
    const again = fingerprintTransactions([row(), row(), row({ amount: -100 })]);
    expect(new Set(first).size).toBe(3);
    expect(first).toEqual(again);
    expect(first[0]!.endsWith(".0")).toBe(true);
    expect(first[1]!.endsWith(".1")).toBe(true);
  });

  it("separates rows by account, day, amount, nonUniqueId and description", () => {
    const prints = fingerprintTransactions([
      row(),
      row({ accountNumber: "98765432109" }),
      row({ bookingDate: "2026-03-31" }),
      row({ amount: -4991 }),
      row({ nonUniqueId: "12345" }),
      row({ rawDescription: "REMA 1000" }),
    ]);
    expect(new Set(prints).size).toBe(prints.length);
  });

  it("treats an all-zero nonUniqueId like a missing one", () => {
    const [a] = fingerprintTransactions([row({ nonUniqueId: "00000000000" })]);
    const [b] = fingerprintTransactions([row({ nonUniqueId: undefined })]);
    expect(a).toBe(b);
  });

  it("never matches a pending row with its booked twin", () => {
    const [pending] = fingerprintTransactions([row({ status: "PENDING" })]);
    const [booked] = fingerprintTransactions([row({ status: "BOOKED" })]);
    expect(pending).not.toBe(booked);
  });
});
