import { apiRoute, json } from "@/lib/http/api-route";
import { syncStatus } from "@/lib/sync/sync-status";
import { runSync } from "@/lib/sync/run-sync";

export const GET = apiRoute(async ({ userId }) => json({ status: await syncStatus(userId) }));

export const POST = apiRoute(
  async ({ userId }) => {
    const outcome = await runSync(userId, "manual");
    return json({ outcome, status: await syncStatus(userId) });
  },
  { mutates: true },
);
