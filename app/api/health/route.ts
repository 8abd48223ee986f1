import { NextResponse } from "next/server";
import { appConfig } from "@/lib/config/app-config";
import { pingDatabase } from "@/lib/db/ping";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const config = appConfig();
    await pingDatabase();
    return NextResponse.json({ ok: true, mode: config.mode }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return NextResponse.json({ ok: false, error: { code: "unhealthy", message: "Configuration or database check failed; see the server log." } }, { status: 503 });
  }
}
