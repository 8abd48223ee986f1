const VND = /application\/vnd\.sparebank1\.v(\d+)\+json/gi;

/** The highest acceptable vendor media-type version the client asked for, or null (→ 406). */
export function negotiateVersion(accept: string | null, allowed: readonly number[]): number | null {
  if (!accept) return null;
  const offered = [...accept.matchAll(VND)].map((match) => Number(match[1])).filter((version) => allowed.includes(version));
  return offered.length ? Math.max(...offered) : null;
}

export function vndContentType(version: number): string {
  return `application/vnd.sparebank1.v${version}+json; charset=utf-8`;
}
