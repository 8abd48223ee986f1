// Structured, deliberately narrow logging: callers pass codes and counts, never tokens, account
// numbers or names. Values that look like secrets are masked as a second line of defence.
const SECRET_LIKE = /[A-Za-z0-9_\-.~+/]{32,}={0,2}/g;

export function logEvent(event: string, fields: Record<string, string | number | boolean | undefined | null> = {}): void {
  const safe: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined || value === null) continue;
    safe[key] = typeof value === "string" ? value.replace(SECRET_LIKE, "[redacted]").slice(0, 300) : value;
  }
  console.info(JSON.stringify({ at: new Date().toISOString(), event, ...safe }));
}
