/** The folder of versioned icon addresses: /icons/v/<version>/<file> serves public/icons/<file> (next.config.ts). */
export const VERSIONED_ICONS_PREFIX = "/icons/v/";

/**
 * The address of a file in public/icons at this build's icon version (scripts/icons-version.ts, set in
 * next.config.ts), which is cached for a year. Without a version (unit tests), the plain path.
 */
export function iconUrl(file: `/icons/${string}`): string {
  const version = process.env.SALDO_ICONS_VERSION;
  return version ? `${VERSIONED_ICONS_PREFIX}${version}/${file.slice("/icons/".length)}` : file;
}
