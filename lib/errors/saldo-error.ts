// One error type for everything the app refuses or fails at; `code` is stable and shown to callers,
// `status` is what a route handler answers with. Messages never carry tokens or personal data.
export const ERROR_STATUS = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_early: 429,
  rate_budget_exhausted: 429,
  bank_rate_limited: 503,
  bank_unavailable: 502,
  bank_timeout: 504,
  bank_bad_response: 502,
  bank_partial: 502,
  store_busy: 503,
  login_needed: 409,
  client_rejected: 409,
  config_invalid: 500,
  encryption_key_missing: 500,
  decrypt_failed: 500,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class SaldoError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  /** When a retry makes sense, e.g. the end of a bank back-off or of the rate budget window. */
  readonly retryAt?: Date;

  constructor(code: ErrorCode, message: string, options: { retryAt?: Date; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "SaldoError";
    this.code = code;
    this.status = ERROR_STATUS[code];
    this.retryAt = options.retryAt;
  }
}

export function isSaldoError(error: unknown, code?: ErrorCode): error is SaldoError {
  return error instanceof SaldoError && (code === undefined || error.code === code);
}

const BUSY = /SQLITE_BUSY|database is locked/i;
// Prisma's transaction manager (P2028): another transaction in this server held the store past this
// one's wait limit, or this one outlived its own time limit while waiting.
const WAITED_TOO_LONG = /Unable to start a transaction in the given time|cannot be executed on an expired transaction/i;

/** The error or one of its causes, matching a test. */
function inCauses(error: unknown, test: (cause: Error & { code?: unknown }) => boolean): boolean {
  for (let cause = error, depth = 0; cause && depth < 5; depth++) {
    if (cause instanceof Error && test(cause)) return true;
    cause = (cause as { cause?: unknown }).cause;
  }
  return false;
}

const isBusyStore = (error: unknown) =>
  inCauses(error, (cause) => BUSY.test(cause.message) || BUSY.test(String(cause.code ?? "")) || (cause.code === "P2028" && WAITED_TOO_LONG.test(cause.message)));

/** A write the store's unique rules refused (Prisma's P2002). */
const isUniqueViolation = (error: unknown) => inCauses(error, (cause) => cause.code === "P2002");

/** Any failure as a SaldoError: a store another writer holds for too long is a retry, never a 500. */
export function toSaldoError(error: unknown, fallback: string): SaldoError {
  if (isSaldoError(error)) return error;
  if (isBusyStore(error)) return new SaldoError("store_busy", "Saldo's database is busy; try again in a moment.", { retryAt: new Date(Date.now() + 2000), cause: error });
  if (isUniqueViolation(error)) return new SaldoError("conflict", "The store already holds that entry, and it must be unique.", { cause: error });
  return new SaldoError("internal", fallback, { cause: error });
}
