import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from "next/constants";
import { buildServiceWorker } from "./scripts/build-service-worker";
import { iconFiles, iconsVersion } from "./scripts/icons-version";
import { staticSecurityHeaders } from "./lib/security/security-headers";
import { VERSIONED_ICONS_PREFIX } from "./lib/ui/icon-url";

const ICONS_VERSION = iconsVersion();
// Only the files this build has: any other name is a plain 404, not one cached for a year.
const VERSIONED_ICON = `${VERSIONED_ICONS_PREFIX}${ICONS_VERSION}/:file(${iconFiles().map((file) => file.replace(/[^\w-]/g, (char) => `\\${char}`)).join("|")})`;

const nextConfig: NextConfig = {
  // Static assets skip proxy.ts, so the headers that do not depend on the request are set here too,
  // from the same definition proxy.ts uses.
  async headers() {
    const headers = Object.entries(staticSecurityHeaders(process.env.NODE_ENV === "production")).map(([key, value]) => ({ key, value }));
    return [
      { source: "/:path*", headers },
      // The worker is checked for updates on every visit; it must never be served stale.
      { source: "/sw.js", headers: [{ key: "Cache-Control", value: "no-cache" }] },
      // This build's versioned icon addresses (lib/ui/icon-url.ts) never change their bytes: a changed
      // icon set has a new version, and an earlier version's addresses are not served at all.
      { source: VERSIONED_ICON, headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }] },
    ];
  },
  async rewrites() {
    return [{ source: VERSIONED_ICON, destination: "/icons/:file" }];
  },
  // Inlined into server and browser code alike; read by lib/ui/icon-url.ts.
  env: { SALDO_ICONS_VERSION: ICONS_VERSION },
  // A separate build folder lets a production check run beside `next dev` (scripts/prod-build-check.sh).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The pages' static shells are prerendered (one per language) and sent at once; everything that
  // reads the request or the store streams in behind Suspense.
  cacheComponents: true,
  // Off for now: its per-route App Shell render reaches session code that draws random ids, which
  // Next.js refuses while prerendering. Links prefetch as before (the static shell, no user data).
  partialPrefetching: false,
  // The server applies migrations to a local database file at start (also a sandbox demo's /tmp file).
  outputFileTracingIncludes: { "/*": ["./prisma/migrations/**/*"] },
  // Saldo shows no raster images: without the optimizer, /_next/image is a plain 404, not an endpoint
  // that fetches our own files on a client's behalf.
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
  typedRoutes: false,
};

// The service worker is bundled with every build (next build, next dev), so a clean clone, CI and
// Vercel all serve one that matches the deployment.
export default function config(phase: string): NextConfig {
  if (phase === PHASE_PRODUCTION_BUILD || phase === PHASE_DEVELOPMENT_SERVER) buildServiceWorker();
  // `next dev` names the plain icon paths: icons drawn again while it runs must not hide behind an
  // address the browser keeps for a year.
  if (phase === PHASE_DEVELOPMENT_SERVER) return { ...nextConfig, env: { SALDO_ICONS_VERSION: "" } };
  return nextConfig;
}
