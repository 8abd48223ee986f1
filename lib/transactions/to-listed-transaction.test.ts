import { describe, expect, it } from "vitest";
import { toListedTransaction } from "./to-listed-transaction";
import { transactionView } from "../../test-support/transaction-view";

const view = transactionView({ bookingDate: "2026-12-01", amount: -1_350_050, description: "Torshov Utleie AS" });

describe("toListedTransaction", () => {
  it("formats the date in the page's language and the amount in øre as kroner, keeping every field", () => {
    const listed = toListedTransaction(view, "nb-NO");
    expect(listed).toMatchObject(view);
    expect(listed.labels).toEqual({ date: "1. des. 2026", amount: "−13\u00a0500,50\u00a0kr", foreignAmount: null });
    expect(toListedTransaction(view, "en-GB").labels.date).toBe("1 Dec 2026");
  });

  it("shows a foreign purchase's own amount beside it, and a date at the year's end stays on its day", () => {
    const listed = toListedTransaction({ ...view, bookingDate: "2026-12-31", amount: -45_000, foreignCurrency: "EUR", foreignAmount: -3_899 }, "nb-NO");
    expect(listed.labels).toEqual({ date: "31. des. 2026", amount: "−450,00\u00a0kr", foreignAmount: "−38,99\u00a0€" });
  });

  it("keeps a malformed currency code readable instead of throwing", () => {
    expect(toListedTransaction({ ...view, foreignCurrency: "eu", foreignAmount: 100 }, "nb-NO").labels.foreignAmount).toMatch(/1,00 eu$/);
  });
});
