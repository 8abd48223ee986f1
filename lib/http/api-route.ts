import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { auth } from "../auth/auth";
import { appConfig } from "../config/app-config";
import { SaldoError } from "../errors/saldo-error";
import { errorResponse } from "./error-response";

export interface ApiContext {
  request: Request;
  userId: string;
}

/** State-changing requests must come from our own pages (CSRF): Origin must be our origin. */
export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  const allowed = new Set([new URL(request.url).origin, new URL(appConfig().baseUrl).origin]);
  if (!origin || !allowed.has(origin)) {
    throw new SaldoError("forbidden", "Cross-site request refused.");
  }
}

/** Wraps a route handler: session required, errors mapped in one place. */
export function apiRoute(handler: (context: ApiContext) => Promise<Response>, options: { mutates?: boolean } = {}) {
  return async (request: Request): Promise<Response> => {
    try {
      const session = await auth();
      const userId = session?.user?.id;
      if (!userId) throw new SaldoError("unauthenticated", "Log in to use Saldo.");
      if (options.mutates) assertSameOrigin(request);
      return await handler({ request, userId });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

export function parseParams<T extends z.ZodType>(schema: T, request: Request): z.infer<T> {
  const params = new URL(request.url).searchParams;
  const raw: Record<string, string> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    if (values.length > 1) throw new SaldoError("bad_request", `Query parameter "${key}" was given more than once.`);
    raw[key] = values[0]!;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SaldoError("bad_request", `Invalid query parameter "${issue?.path.join(".") || "?"}": ${issue?.message ?? "invalid"}.`);
  }
  return parsed.data;
}

export function json(data: unknown, init: ResponseInit = {}): NextResponse {
  return NextResponse.json(data, { ...init, headers: { "Cache-Control": "private, no-store", ...init.headers } });
}
