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
