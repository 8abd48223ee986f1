import type { Page } from "@playwright/test";

interface ShiftRecord {
  __layoutShift: { total: number; moved: string[] };
}

/** Starts summing the page's layout shifts (as CLS counts them: not those right after input) before it loads. */
export async function watchLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const record = window as unknown as ShiftRecord;
    record.__layoutShift = { total: 0, moved: [] };
    type Shift = { value: number; hadRecentInput: boolean; sources: { node?: Node | null }[] };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as Shift[]) {
        if (entry.hadRecentInput) continue;
        record.__layoutShift.total += entry.value;
        for (const source of entry.sources) {
          const node = source.node as Element | null | undefined;
          if (node) record.__layoutShift.moved.push(`${node.nodeName.toLowerCase()}${node.id ? `#${node.id}` : ""}${node.className ? `.${String(node.className).split(" ").join(".")}` : ""}`);
        }
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
}

/** The cumulative layout shift so far, and what moved (for the failure message). */
export function layoutShiftSoFar(page: Page): Promise<{ total: number; moved: string[] }> {
  return page.evaluate(() => (window as unknown as ShiftRecord).__layoutShift);
}
