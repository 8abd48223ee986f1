import { describe, expect, it } from "vitest";
import { addDays, daysBetween, isIsoDay, osloDate } from "./oslo-date";

describe("osloDate", () => {
  it("puts Oslo midnight in winter (UTC+1) on the right day", () => {
    expect(osloDate(Date.parse("2025-01-14T23:00:00Z"))).toBe("2025-01-15");
    expect(osloDate(Date.parse("2025-01-14T22:59:59Z"))).toBe("2025-01-14");
  });
  it("puts Oslo midnight in summer (UTC+2) on the right day", () => {
    expect(osloDate(Date.parse("2025-07-14T22:00:00Z"))).toBe("2025-07-15");
    expect(osloDate(Date.parse("2025-07-14T21:59:59Z"))).toBe("2025-07-14");
  });
  it("handles the days DST starts and ends", () => {
    expect(osloDate(Date.parse("2025-03-29T23:00:00Z"))).toBe("2025-03-30");
    expect(osloDate(Date.parse("2025-10-25T22:00:00Z"))).toBe("2025-10-26");
  });
});

describe("calendar arithmetic", () => {
  it("adds days across months, years and leap days", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(addDays("2025-03-01", -1)).toBe("2025-02-28");
    expect(daysBetween("2024-01-01", "2025-01-01")).toBe(366);
  });
  it("validates ISO days", () => {
    expect(isIsoDay("2025-02-28")).toBe(true);
    expect(isIsoDay("2025-02-29")).toBe(false);
    expect(isIsoDay("2025-2-1")).toBe(false);
    expect(isIsoDay("20250201")).toBe(false);
  });
});
