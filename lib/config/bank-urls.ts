// The real bank's hosts (sparebank1-api.md section 1); both overridable. Shared by the app's config
// and proxy.ts (which may not load the full, secret-holding config).
export const REAL_BANK_AUTH_URL = "https://api-auth.sparebank1.no";
export const REAL_BANK_API_URL = "https://api.sparebank1.no";

/** Origin of the authorize page the login form redirects to ("" = our own origin: the sandbox). */
export function bankAuthOrigin(env: Record<string, string | undefined>): string {
  const configured = env.SB1_AUTH_URL || (env.SB1_CLIENT_ID ? REAL_BANK_AUTH_URL : "");
  try {
    return configured ? new URL(configured).origin : "";
  } catch {
    return "";
  }
}
