import { describe, expect, it } from "vitest";
import { applyChoices } from "./apply-choices";
import { detectSeries } from "./detect-series";
import { seriesSummary } from "./series-summary";
import type { RecurringRow } from "./types";

const rows: RecurringRow[] = ["2026-08-03", "2026-09-03", "2026-10-03", "2026-11-03"].flatMap((day, index) => [
  { id: `n${index}`, accountId: "acc", bookingDate: day, amount: index < 3 ? -12_900 : -14_900, status: "BOOKED", description: "NETFLIX.COM", merchantName: "Netflix", remoteAccountNumber: null, remoteAccountName: null, categoryMain: "SUBSCRIPTIONS", isOwnTransfer: false, recurring: true, subscription: true },
  { id: `g${index}`, accountId: "acc", bookingDate: day.replace("-03", "-12"), amount: -38_900, status: "BOOKED", description: "GJENSIDIGE", merchantName: null, remoteAccountNumber: "82000123456", remoteAccountName: "Gjensidige", categoryMain: "INSURANCE", isOwnTransfer: false, recurring: true, subscription: false },
]);

describe("applyChoices and seriesSummary", () => {
  const series = detectSeries(rows, "2026-11-20", { accountKey: () => "42120000001" });

  it("keys series by the given account key, so they outlive the store's ids", () => {
    expect(series.map((candidate) => candidate.key).sort()).toEqual(["42120000001|out|a:82000123456", "42120000001|out|m:netflix"]);
  });

  it("renames, confirms and dismisses by key, and totals only what is not dismissed", () => {
    const chosen = applyChoices(series, [
      { seriesKey: "42120000001|out|m:netflix", status: "CONFIRMED", name: "Netflix Premium" },
      { seriesKey: "42120000001|out|a:82000123456", status: "DISMISSED", name: null },
    ]);
    expect(chosen.find((candidate) => candidate.detectedName === "Netflix")).toMatchObject({ name: "Netflix Premium", confirmed: true, dismissed: false });
    expect(chosen.find((candidate) => candidate.detectedName === "Gjensidige")?.dismissed).toBe(true);
    expect(seriesSummary(chosen)).toMatchObject({ subscriptions: 1, subscriptionsMonthly: 14_900, priceRises: 1, groups: [{ group: "subscription", count: 1, monthly: 14_900, yearly: 178_800 }, { group: "bill", count: 0 }, { group: "income", count: 0 }] });
    expect(seriesSummary(applyChoices(series, [])).groups[1]).toMatchObject({ count: 1, monthly: 38_900 });
  });
});
