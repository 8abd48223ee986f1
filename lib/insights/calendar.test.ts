import { describe, expect, it } from "vitest";
import { addDays, daysBetween } from "../dates/oslo-date";
import { addMonths, compareLabels, dayFromNumber, dayNumber, daysInMonth, monthFromIndex, monthIndex } from "./calendar";

describe("calendar", () => {
  it("does month arithmetic across years", () => {
    expect(addMonths("2026-01", -1)).toBe("2025-12");
    expect(addMonths("2025-12", 1)).toBe("2026-01");
    expect(addMonths("2026-03", -14)).toBe("2025-01");
    expect(monthFromIndex(monthIndex("2026-07-31"))).toBe("2026-07");
  });
  it("knows month lengths, leap years included", () => {
    expect(daysInMonth(monthIndex("2024-02"))).toBe(29);
    expect(daysInMonth(monthIndex("2026-02"))).toBe(28);
    expect(daysInMonth(monthIndex("2000-02"))).toBe(29);
    expect(daysInMonth(monthIndex("2100-02"))).toBe(28);
    expect(daysInMonth(monthIndex("2026-04"))).toBe(30);
    expect(daysInMonth(monthIndex("2026-12"))).toBe(31);
  });
  it("numbers days like UTC date math does", () => {
    for (let offset = -800; offset <= 20_000; offset += 7) {
      const day = addDays("1969-01-01", offset);
      expect(dayNumber(day)).toBe(daysBetween("1970-01-01", day));
      expect(dayFromNumber(dayNumber(day))).toBe(day);
    }
  });
  it("sorts Norwegian letters last", () => {
    expect(["Å", "Ø", "Æ", "Z"].sort(compareLabels)).toEqual(["Z", "Æ", "Ø", "Å"]);
  });
});
