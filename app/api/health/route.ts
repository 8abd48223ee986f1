import { connection, NextResponse } from "next/server";
import { appConfig } from "@/lib/config/app-config";
import { pingDatabase } from "@/lib/db/ping";
import { isSaldoError } from "@/lib/errors/saldo-error";

export async function GET() {
  // Never prerendered: the answer is about this moment.
  await connection();
  try {
    const config = appConfig();
    await pingDatabase();
    return NextResponse.json({ ok: true, mode: config.mode }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    // The configuration message names variables, never their values, so it can be shown.
    const code = isSaldoError(error, "config_invalid") ? "config_invalid" : "unhealthy";
    const message = code === "config_invalid" ? (error as Error).message : "The database check failed; see the server log.";
    return NextResponse.json({ ok: false, error: { code, message } }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
