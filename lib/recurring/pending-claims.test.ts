import { describe, expect, it } from "vitest";
import { detectSeries } from "./detect-series";
import type { RecurringRow } from "./types";
import { pendingClaims, reservedChargesOf, settleReservedCharges } from "./pending-claims";

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
/** A card hold under the card's own text, which names no payee detection knows. */
const hold = (bookingDate: string, amount: number, text = "NFLX DIGITAL", extra: Partial<RecurringRow> = {}) =>
  row(bookingDate, amount, { status: "PENDING", description: `VISA VARE ${100_000 + counter} ${text}`, merchantName: null, subscription: false, ...extra });
const claimsOf = (rows: RecurringRow[], pendingFrom = "2026-10-16", dismissed: string[] = []) => {
  const series = detectSeries(rows, TODAY);
  const claims = pendingClaims(series.filter((candidate) => !dismissed.includes(candidate.key.split("|").at(-1)!)), rows, pendingFrom);
  return Object.fromEntries([...claims].map(([key, claimed]) => [key.split("|").at(-1), claimed.id]));
};

describe("pendingClaims", () => {
  it("takes an unnamed hold in the series' next period, within a quarter of its amount, also one dated ahead", () => {
    const rows = [...monthly("NETFLIX.COM", "Netflix", -17_900, "03"), hold("2026-11-29", -19_900)];
    expect(claimsOf(rows)).toEqual({ "m:netflix": rows.at(-1)!.id });
    const ahead = [...monthly("NETFLIX.COM", "Netflix", -17_900, "03"), hold("2026-12-01", -17_900)];
    expect(claimsOf(ahead)).toEqual({ "m:netflix": ahead.at(-1)!.id });
  });

  it("leaves a row alone that is too early, too far off in amount, of another account, direction or kind, or before pendingFrom", () => {
    const series = monthly("NETFLIX.COM", "Netflix", -17_900, "03");
    for (const other of [
      hold("2026-11-20", -17_900), // 17 days after the last charge: a month is 26 days or more
      hold("2026-11-27", -17_900),
      hold("2026-11-29", -25_000), // 40 % more
      hold("2026-11-29", -17_900, "NFLX DIGITAL", { accountId: "savings" }),
      hold("2026-11-29", 17_900), // a refund
      hold("2026-11-29", -17_900, "NFLX DIGITAL", { isOwnTransfer: true }),
    ]) expect(claimsOf([...series, other])).toEqual({});
    expect(claimsOf([...series, hold("2026-11-29", -17_900)], "2026-11-30")).toEqual({});
  });

  it("leaves a row alone whose payee is named: by a merchant, a remote account, or other rows with its text", () => {
    const series = monthly("NETFLIX.COM", "Netflix", -17_900, "03");
    expect(claimsOf([...series, hold("2026-11-29", -15_000, "EGON LUNSJ", { merchantName: "Egon" })])).toEqual({});
    expect(claimsOf([...series, hold("2026-11-29", -17_900, "NFLX DIGITAL", { remoteAccountNumber: "12345678901" })])).toEqual({});
    expect(claimsOf([...series, row("2026-10-12", -16_000, { description: "BOKHANDEL", merchantName: null }), hold("2026-11-29", -17_900, "BOKHANDEL")])).toEqual({});
  });

  it("gives each row to one series and each series one row: the closest amounts first, then the series due first", () => {
    const rows = [...monthly("NETFLIX.COM", "Netflix", -17_900, "02"), ...monthly("SPOTIFY AB", "Spotify", -16_900, "02"), hold("2026-11-29", -17_000, "CARD ONE"), hold("2026-11-28", -17_500, "CARD TWO")];
    // 170 kr is closest to Spotify's 169, so 175 kr goes to Netflix's 179.
    expect(claimsOf(rows)).toEqual({ "m:spotify": rows.at(-2)!.id, "m:netflix": rows.at(-1)!.id });
    const tied = [...monthly("NETFLIX.COM", "Netflix", -17_900, "03"), ...monthly("HBO MAX", "HBO", -17_900, "02"), hold("2026-11-29", -17_900)];
    expect(claimsOf(tied)).toEqual({ "m:hbo": tied.at(-1)!.id });
  });

  it("never takes a row a series holds", () => {
    const held = [...monthly("NETFLIX.COM", "Netflix", -17_900, "03"), hold("2026-11-29", -17_900, "NFLX DIGITAL", { merchantName: "Netflix" })];
    expect(detectSeries(held, TODAY)[0]?.occurrences.map((occurrence) => occurrence.id)).toContain(held.at(-1)!.id);
    expect(claimsOf(held)).toEqual({});
  });

  it("takes a hold the bank flags as a subscription, which forms a series of its own", () => {
    const flagged = [...monthly("NETFLIX.COM", "Netflix", -17_900, "03"), hold("2026-11-29", -17_900, "NFLX DIGITAL", { subscription: true })];
    expect(detectSeries(flagged, TODAY).map((series) => series.key.split("|").at(-1)).sort()).toEqual(["m:netflix", "t:nflx digital"]);
    expect(claimsOf(flagged)).toEqual({ "m:netflix": flagged.at(-1)!.id });
    expect(claimsOf(flagged, "2026-10-16", ["t:nflx digital"])).toEqual({ "m:netflix": flagged.at(-1)!.id });
  });
});

describe("settleReservedCharges", () => {
  const keyOf = (key: string) => key.split("|").at(-1);
  const settled = (rows: RecurringRow[]) => {
    const series = detectSeries(rows, TODAY);
    return settleReservedCharges(series, reservedChargesOf(series, rows, "2026-10-16")).map((candidate) => ({ key: keyOf(candidate.key), reserved: candidate.reserved ?? null })).sort((a, b) => (a.key! < b.key! ? -1 : 1));
  };

  it("lays a reserved charge over its series and leaves out the series its hold formed on its own", () => {
    const rows = [...monthly("NETFLIX.COM", "Netflix", -17_900, "03"), hold("2026-11-29", -19_900, "NFLX DIGITAL", { subscription: true })];
    const held = rows.at(-1)!;
    expect(settled(rows)).toEqual([{ key: "m:netflix", reserved: { seriesKey: expect.stringMatching(/m:netflix$/), rowId: held.id, date: "2026-11-29", amount: 19_900 } }]);
  });

  it("keeps a flagged hold that is no series' charge as a series, and changes nothing without claims", () => {
    const rows = [...monthly("NETFLIX.COM", "Netflix", -17_900, "03"), hold("2026-11-29", -9_900, "NEW SERVICE", { subscription: true })];
    expect(settled(rows)).toEqual([
      { key: "m:netflix", reserved: null },
      { key: "t:new service", reserved: null },
    ]);
  });

  it("takes a missed series' charge reserved by the end of its grace period, and the series is then not missed", () => {
    const rows = [...["2026-08", "2026-09", "2026-10"].map((month) => row(`${month}-03`, -17_900)), hold("2026-11-02", -17_900, "NFLX DIGITAL", { subscription: true })];
    const series = detectSeries(rows, TODAY);
    expect(series.find((candidate) => keyOf(candidate.key) === "m:netflix")?.missed).toBe(true);
    const settledSeries = settleReservedCharges(series, reservedChargesOf(series, rows, "2026-10-16"));
    expect(settledSeries.map((candidate) => [keyOf(candidate.key), candidate.missed, candidate.reserved?.date])).toEqual([["m:netflix", false, "2026-11-02"]]);
    // Reserved after the grace period (10 Nov), it is no charge of the series.
    const late = [...rows.slice(0, 3), hold("2026-11-11", -17_900, "NFLX DIGITAL", { subscription: true })];
    expect(reservedChargesOf(detectSeries(late, TODAY), late, "2026-10-16")).toEqual([]);
  });

  it("bounds a missed series' hold by the grace period of its cadence: the last grace day is in, the next day out", () => {
    const claimed = (rows: RecurringRow[]) => reservedChargesOf(detectSeries(rows, TODAY), rows, "2026-10-16").map((charge) => charge.date);
    const monthlyRows = ["2026-08", "2026-09", "2026-10"].map((month) => row(`${month}-03`, -17_900));
    expect(claimed([...monthlyRows, hold("2026-11-10", -17_900)])).toEqual(["2026-11-10"]);
    // Weekly, due 25 Nov with three days' grace.
    const weeklyRows = ["2026-10-28", "2026-11-04", "2026-11-11", "2026-11-18"].map((day) => row(day, -9_900));
    expect(detectSeries(weeklyRows, TODAY)[0]).toMatchObject({ cadence: "weekly", missed: true, ended: false });
    expect(claimed([...weeklyRows, hold("2026-11-28", -9_900)])).toEqual(["2026-11-28"]);
    expect(claimed([...weeklyRows, hold("2026-11-29", -9_900)])).toEqual([]);
  });

  it("gives a hold to the series whose due date it is closest to, before one due earlier", () => {
    // On 13 Nov Netflix (due 3 Nov) is missed and HBO (due 12 Nov) is in its grace period; a hold of 10 Nov fits both.
    const rows = [
      ...["2026-08", "2026-09", "2026-10"].map((month) => row(`${month}-03`, -17_900)),
      ...["2026-08", "2026-09", "2026-10"].map((month) => row(`${month}-12`, -17_900, { description: "HBO MAX", merchantName: "HBO" })),
      hold("2026-11-10", -17_900),
    ];
    const series = detectSeries(rows, "2026-11-13");
    expect(series.map((candidate) => [keyOf(candidate.key), candidate.missed])).toEqual(expect.arrayContaining([["m:netflix", true], ["m:hbo", false]]));
    expect(reservedChargesOf(series, rows, "2026-10-01").map((charge) => keyOf(charge.seriesKey))).toEqual(["m:hbo"]);
  });

  it("takes no charge for a series that has ended, even a hold dated in its next period", () => {
    // Weekly, due 18 Nov and ended after 28 Nov; held on 20 Nov, within three days' grace.
    const rows = [...["2026-10-21", "2026-10-28", "2026-11-04", "2026-11-11"].map((day) => row(day, -9_900)), hold("2026-11-20", -9_900)];
    const series = detectSeries(rows, TODAY);
    expect(series.find((candidate) => keyOf(candidate.key) === "m:netflix")?.ended).toBe(true);
    expect(reservedChargesOf(series, rows, "2026-10-16")).toEqual([]);
  });
});
