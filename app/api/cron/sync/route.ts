import { timingSafeEqual } from "node:crypto";
import { connection } from "next/server";
import { appConfig } from "@/lib/config/app-config";
import { SaldoError } from "@/lib/errors/saldo-error";
import { json } from "@/lib/http/api-route";
import { errorResponse } from "@/lib/http/error-response";
import { syncAllConnections } from "@/lib/sync/sync-all-connections";

export const maxDuration = 60;

function authorised(request: Request, secret: string): boolean {
  const given = Buffer.from(request.headers.get("authorization") ?? "");
  const expected = Buffer.from(`Bearer ${secret}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Scheduled sync (Vercel Cron): keeps each refresh token alive and snapshots balances. */
export async function GET(request: Request) {
  // Never prerendered: without CRON_SECRET at build time the refusal below would be frozen in.
  await connection();
  try {
    const { cronSecret } = appConfig();
    if (!cronSecret) throw new SaldoError("not_found", "Scheduled sync is off: set CRON_SECRET to enable it.");
    if (!authorised(request, cronSecret)) throw new SaldoError("unauthenticated", "Missing or wrong cron secret.");
    return json({ results: await syncAllConnections() });
  } catch (error) {
    return errorResponse(error);
  }
}
