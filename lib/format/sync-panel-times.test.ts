import { describe, expect, it } from "vitest";
import { syncPanelTimes } from "./sync-panel-times";

describe("syncPanelTimes", () => {
  it("writes the times in Oslo's zone, summer and winter, in the page's language", () => {
    const times = syncPanelTimes({ lastSuccessAt: "2026-11-30T07:41:00Z", nextAllowedAt: "2026-07-01T06:05:00Z", backoffUntil: null }, "nb-NO");
    expect(times).toEqual({ lastSynced: "30. nov. 2026, 08:41", nextAllowedAt: "08:05", backoffUntil: null });
    expect(syncPanelTimes({ lastSuccessAt: "2026-11-30T07:41:00Z", nextAllowedAt: null, backoffUntil: "2026-11-30T23:30:00Z" }, "en-GB")).toEqual({
      lastSynced: "30 Nov 2026, 08:41",
      nextAllowedAt: null,
      backoffUntil: "00:30",
    });
  });

  it("has nothing to show for a store that never synced", () => {
    expect(syncPanelTimes({ lastSuccessAt: null, nextAllowedAt: null, backoffUntil: null }, "nb-NO")).toEqual({ lastSynced: null, nextAllowedAt: null, backoffUntil: null });
  });
});
