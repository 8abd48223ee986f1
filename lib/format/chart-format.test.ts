import { describe, expect, it } from "vitest";
import { formatCompactKroner, formatMonthLong, formatMonthShort, formatPercent } from "./chart-format";

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("chart formats", () => {
  it("shortens kroner the Norwegian way", () => {
    expect(plain(formatCompactKroner(1_234_500))).toBe("12,3k kr");
    expect(plain(formatCompactKroner(50_000))).toBe("500 kr");
    expect(plain(formatCompactKroner(-250_000_000))).toBe("−2,5 mill. kr");
  });
  it("names months in Norwegian and English", () => {
    expect(formatMonthShort("2026-03", "nb-NO")).toBe("mars 26");
    expect(formatMonthShort("2026-10", "en-GB")).toBe("Oct 26");
    expect(formatMonthLong("2026-10", "nb-NO")).toBe("oktober 2026");
  });
  it("formats shares", () => {
    expect(plain(formatPercent(0.256, "nb-NO"))).toBe("26 %");
  });
});
