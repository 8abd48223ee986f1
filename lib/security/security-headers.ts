// Pure builders for the headers every response carries; proxy.ts applies them per request.

export interface PolicyOptions {
  nonce: string;
  /** Hashes ("sha256-…") of the static inline scripts in prerendered page shells. */
  scriptHashes?: readonly string[];
  production: boolean;
  /** Origin of the bank's authorize page: the login form's redirect must be allowed to reach it. */
  bankAuthOrigin: string;
}

export function contentSecurityPolicy({ nonce, scriptHashes = [], production, bankAuthOrigin }: PolicyOptions): string {
  const hashes = scriptHashes.map((hash) => ` '${hash}'`).join("");
  const directives = [
    "default-src 'self'",
    // No 'unsafe-inline' for scripts: inline ones run by the request's nonce, or by hash for the few
    // static ones in prerendered shells. No 'strict-dynamic': a prerendered shell's <script src>
    // tags cannot carry a nonce, so our own files are allowed by origin ('self').
    // React's dev tooling needs eval, so development alone adds it.
    `script-src 'self' 'nonce-${nonce}'${hashes}${production ? "" : " 'unsafe-eval'"}`,
    // Inline style attributes (React style props, chart drawing) carry no script.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'${bankAuthOrigin ? ` ${bankAuthOrigin}` : ""}`,
    "frame-ancestors 'none'",
    ...(production ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

export function staticSecurityHeaders(production: boolean): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(production ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString("base64");
}
