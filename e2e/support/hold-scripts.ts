import type { Page } from "@playwright/test";

/**
 * Holds the page's JavaScript back so a test can act on the server-rendered HTML before React has
 * hydrated it, as a fast thumb on a slow phone does. Only scripts: the stylesheets must load, or
 * React never reveals the streamed sections. `release` lets the held scripts through.
 */
export async function holdScripts(page: Page) {
  const held: Array<() => Promise<void>> = [];
  let holding = true;
  await page.route("**/_next/static/chunks/**/*.js", (route) => {
    if (holding) held.push(() => route.continue());
    else void route.continue();
  });
  return {
    async release() {
      holding = false;
      await Promise.all(held.splice(0).map((resume) => resume()));
    },
  };
}
