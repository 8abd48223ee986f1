import path from "node:path";

/** A relative `file:` URL would depend on the working directory; pin it to an absolute path. */
export function resolveDatabaseUrl(url: string | undefined, dataDir: string): string {
  if (!url) return `file:${path.join(dataDir, "saldo.db")}`;
  if (!url.startsWith("file:")) return url;
  const filePath = url.slice("file:".length);
  return `file:${path.resolve(filePath)}`;
}

export function databaseFilePath(url: string): string | undefined {
  return url.startsWith("file:") ? url.slice("file:".length) : undefined;
}
