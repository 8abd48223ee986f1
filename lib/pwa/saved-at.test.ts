import { describe, expect, it } from "vitest";
import { savedAtText } from "./saved-at";

describe("savedAtText", () => {
  it("gives the day and the minute in Oslo time, in the page's language", () => {
    // 07:41 UTC is 08:41 in Oslo in winter, 09:41 in summer.
    expect(savedAtText(new Date("2026-11-30T07:41:00Z"), "en-GB")).toBe("30 Nov 08:41");
    expect(savedAtText(new Date("2026-06-30T07:41:00Z"), "en-GB")).toBe("30 Jun 09:41");
    expect(savedAtText(new Date("2026-11-30T07:41:00Z"), "nb-NO")).toMatch(/^30\. nov\.? 08:41$/);
  });

  it("rolls over to the next day by Oslo's clock, not UTC's", () => {
    expect(savedAtText(new Date("2026-11-30T23:30:00Z"), "en-GB")).toBe("1 Dec 00:30");
  });
});
