import { describe, expect, it } from "vitest";
import { detectSeries } from "../recurring/detect-series";
import type { RecurringRow } from "../recurring/types";
import { pendingClaims } from "./pending-claims";

let counter = 0;
function row(bookingDate: string, amount: number, extra: Partial<RecurringRow> = {}): RecurringRow {
  counter++;
  return {
    id: `p${counter}`, accountId: "checking", bookingDate, amount, status: "BOOKED", description: "NETFLIX.COM", merchantName: "Netflix", remoteAccountNumber: null,
    remoteAccountName: null, categoryMain: null, isOwnTransfer: false, recurring: false, subscription: true, ...extra,
  };
}

const TODAY = "2026-11-30";
const monthly = (description: string, merchantName: string, amount: number, day: string) =>
  ["2026-08", "2026-09", "2026-10", "2026-11"].map((month) => row(`${month}-${day}`, amount, { description, merchantName }));
const pending = (bookingDate: string, amount: number, extra: Partial<RecurringRow> = {}) =>
  row(bookingDate, amount, { status: "PENDING", description: `VISA VARE ${counter} CARD CHARGE`, merchantName: null, subscription: false, ...extra });
const claimsOf = (rows: RecurringRow[], pendingFrom = "2026-10-16") =>
  Object.fromEntries([...pendingClaims(detectSeries(rows, TODAY), rows, TODAY, pendingFrom)].map(([key, claimed]) => [key.split("|").at(-1), claimed.id]));

describe("pendingClaims", () => {
  it("takes a pending row in the series' next period, within a price step of its amount", () => {
    const rows = [...monthly("NETFLIX.COM", "Netflix", -17_900, "03"), pending("2026-11-29", -19_900)];
    expect(claimsOf(rows)).toEqual({ "m:netflix": rows.at(-1)!.id });
  });

  it("leaves a row alone that is too early, too far off in amount, of another account or direction, or before pendingFrom", () => {
    const series = monthly("NETFLIX.COM", "Netflix", -17_900, "03");
    for (const other of [
      pending("2026-11-20", -17_900), // before the 7 days of grace ahead of 3 Dec
      pending("2026-11-29", -25_000), // 40 % more
      pending("2026-11-29", -17_900, { accountId: "savings" }),
      pending("2026-11-29", 17_900), // a refund
      pending("2026-11-29", -17_900, { isOwnTransfer: true }),
    ]) expect(claimsOf([...series, other])).toEqual({});
    expect(claimsOf([...series, pending("2026-11-29", -17_900)], "2026-11-30")).toEqual({});
  });

  it("gives each row to one series and each series one row, the closest amounts first", () => {
    const rows = [...monthly("NETFLIX.COM", "Netflix", -17_900, "02"), ...monthly("SPOTIFY AB", "Spotify", -16_900, "02"), pending("2026-11-29", -17_000), pending("2026-11-28", -17_500)];
    // 170 kr is closest to Spotify's 169, so 175 kr goes to Netflix's 179.
    expect(claimsOf(rows)).toEqual({ "m:spotify": rows.at(-2)!.id, "m:netflix": rows.at(-1)!.id });
  });

  it("never takes a row a series already holds", () => {
    const rows = [...monthly("NETFLIX.COM", "Netflix", -17_900, "03"), pending("2026-11-29", -17_900, { merchantName: "Netflix" })];
    expect(detectSeries(rows, TODAY)[0]?.occurrences.map((occurrence) => occurrence.id)).toContain(rows.at(-1)!.id);
    expect(claimsOf(rows)).toEqual({});
  });
});
