import { describe, expect, it } from "vitest";
import { dateTimeFormat, numberFormat } from "./intl-formats";

describe("kept Intl formatters", () => {
  it("hand back the same formatter for the same locale and options, and a different one otherwise", () => {
    const short = dateTimeFormat("nb-NO", { month: "short", timeZone: "UTC" });
    expect(dateTimeFormat("nb-NO", { month: "short", timeZone: "UTC" })).toBe(short);
    expect(dateTimeFormat("en-GB", { month: "short", timeZone: "UTC" })).not.toBe(short);
    expect(dateTimeFormat("nb-NO", { month: "long", timeZone: "UTC" }).format(new Date("2026-03-01T00:00:00Z"))).toBe("mars");
    expect(numberFormat("nb-NO", { style: "percent" })).toBe(numberFormat("nb-NO", { style: "percent" }));
    expect(numberFormat("en-GB", { style: "percent" }).format(0.25)).toBe("25%");
  });
});
