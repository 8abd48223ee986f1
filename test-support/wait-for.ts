/** Polls `condition` until it holds; throws after `timeoutMs`. */
export async function waitFor(condition: () => Promise<boolean>, { timeoutMs = 20_000, stepMs = 50 } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, stepMs));
  }
}
