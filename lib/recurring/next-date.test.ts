import { describe, expect, it } from "vitest";
import { cadenceRule } from "./cadence";
import { previousWeekday, stepDate } from "./next-date";

describe("expected dates", () => {
  it("moves a weekend payday to the Friday before", () => {
    expect(previousWeekday("2026-10-25")).toBe("2026-10-23");
    expect(previousWeekday("2026-10-24")).toBe("2026-10-23");
    expect(previousWeekday("2026-10-23")).toBe("2026-10-23");
  });

  it("keeps the nominal day of month across short months and moved paydays", () => {
    const monthly = cadenceRule("monthly");
    expect(stepDate("2026-01-31", monthly, 31, 1, false)).toBe("2026-02-28");
    expect(stepDate("2026-10-23", monthly, 25, 1, true)).toBe("2026-11-25");
    expect(stepDate("2027-03-25", monthly, 25, 1, true)).toBe("2027-04-23");
    expect(stepDate("2026-11-28", cadenceRule("weekly"), 28, 2, false)).toBe("2026-12-12");
    expect(stepDate("2026-02-15", cadenceRule("yearly"), 15, 1, false)).toBe("2027-02-15");
  });
});
