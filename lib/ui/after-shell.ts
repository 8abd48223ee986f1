/**
 * libSQL's file driver runs queries on the main thread, so a heavy read started while React is
 * still rendering the page shell would hold back its first byte. Suspense sections call this first:
 * their reads begin once the shell has been written out.
 */
export function afterShell(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
