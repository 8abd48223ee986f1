import { unstable_rethrow } from "next/navigation";
import { NextResponse } from "next/server";
import { toSaldoError } from "../errors/saldo-error";
import { logEvent } from "./log";

/** The one place errors become HTTP: `{error: {code, message, retryAt?}}`, never a stack trace. */
export function errorResponse(error: unknown): NextResponse {
  // Next.js signals (a prerender meeting request data, redirect, notFound) are not errors: pass them on.
  unstable_rethrow(error);
  const failure = toSaldoError(error, "Something went wrong on our side.");
  if (failure.code === "internal") logEvent("api.unexpected_error", { name: error instanceof Error ? error.name : typeof error });
  const headers = new Headers({ "Cache-Control": "no-store" });
  if (failure.retryAt && (failure.status === 429 || failure.status === 503)) {
    headers.set("Retry-After", String(Math.max(1, Math.ceil((failure.retryAt.getTime() - Date.now()) / 1000))));
  }
  return NextResponse.json(
    { error: { code: failure.code, message: failure.message, ...(failure.retryAt ? { retryAt: failure.retryAt.toISOString() } : {}) } },
    { status: failure.status, headers },
  );
}
