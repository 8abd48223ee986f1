import { chromium } from "@playwright/test";

/**
 * Stops every service worker of the Chromium listening on debugPort and waits a moment, so the next
 * visit starts as a returning owner's does: the worker asleep and no renderer left from the previous
 * visit. Without it, a visit that follows another within a second shares its renderer with the running
 * worker, and a task of 157–281 ms of CPU (garbage collection inside it) ran on that renderer's main
 * thread before the measured page committed, in most warm traces; with the worker stopped it was gone.
 */
export async function stopServiceWorkers(debugPort: number, settleMs = 1500): Promise<void> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${debugPort}`);
  try {
    const context = browser.contexts()[0] ?? (await browser.newContext());
    const page = await context.newPage();
    const session = await context.newCDPSession(page);
    await session.send("ServiceWorker.enable");
    await session.send("ServiceWorker.stopAllWorkers");
    await session.detach();
    await page.close();
  } finally {
    // Connected, not launched: this disconnects and leaves Chromium running.
    await browser.close();
  }
  await new Promise((resolve) => setTimeout(resolve, settleMs));
}
