import { describe, expect, it } from "vitest";
import { MODEL_ACCOUNTS, ModelBank, addDays } from "../../test-support/model-bank";
import type { BankTransactionData } from "../domain/types";
import { fetchWindow } from "./fetch-window";

const today = "2026-11-20";
const accounts = new Map(MODEL_ACCOUNTS.map((account) => [account.key, { accountNumber: account.accountNumber, currencyCode: "NOK" }]));
const identity = (row: BankTransactionData) => `${row.accountNumber}|${row.bookingDate}|${row.amount}|${row.rawDescription}`;

function bankWithHistory(days: number): ModelBank {
  const bank = new ModelBank(today);
  for (let day = 0; day < days; day += 1) {
    bank.add({ account: 0, date: addDays(today, -day), amount: -(1000 + day), status: "BOOKED", nonUniqueId: `${100 + day}`, text: `KIWI ${day}` });
  }
  return bank;
}

describe("fetchWindow", () => {
  it("splits a capped window and answers every row once", async () => {
    const bank = bankWithHistory(40);
    const answer = await fetchWindow(bank, accounts, addDays(today, -39), today);
    expect(bank.calls).toBeGreaterThan(1);
    expect(answer.capped).toBe(false);
    expect(answer.transactions.map(identity).sort()).toEqual(bank.rows.map((row) => `${MODEL_ACCOUNTS[0].accountNumber}|${row.date}|${row.amount}|${row.text}`).sort());
  });

  it("counts once a row that both halves of a split window answer (the bank lists rows outside the window asked)", async () => {
    const bank = bankWithHistory(40);
    bank.mode = "outside-window";
    const from = addDays(today, -39);
    const answer = await fetchWindow(bank, accounts, from, today);
    expect(bank.calls).toBeGreaterThan(1);
    const seen = answer.transactions.map(identity);
    expect(seen.length).toBe(new Set(seen).size);
    // Every row of the window is there; rows from before it may come too, each once.
    const inWindow = bank.rows.filter((row) => row.date >= from).map((row) => `${MODEL_ACCOUNTS[0].accountNumber}|${row.date}|${row.amount}|${row.text}`);
    expect(seen.filter((key) => key.split("|")[1]! >= from).sort()).toEqual(inWindow.sort());
  });

  it("keeps twins a half answers twice within its own window", async () => {
    const bank = bankWithHistory(40);
    const twinDay = addDays(today, -3);
    bank.add({ account: 0, date: twinDay, amount: -5000, status: "BOOKED", nonUniqueId: "00000000000", text: "KAFFE" });
    bank.add({ account: 0, date: twinDay, amount: -5000, status: "BOOKED", nonUniqueId: "00000000000", text: "KAFFE" });
    bank.mode = "outside-window";
    const answer = await fetchWindow(bank, accounts, addDays(today, -39), today);
    expect(answer.transactions.filter((row) => row.rawDescription === "KAFFE")).toHaveLength(2);
  });
});
