import { warmOverviewFigures } from "@/lib/dashboard/warm-overview-figures";
import { apiRoute, json } from "@/lib/http/api-route";
import { syncStatus } from "@/lib/sync/sync-status";
import { runSync } from "@/lib/sync/run-sync";

export const GET = apiRoute(async ({ userId }) => json({ status: await syncStatus(userId) }));

export const POST = apiRoute(
  async ({ userId }) => {
    const outcome = await runSync(userId, "manual");
    // The page reloads its data once this answers: its overview then finds the new figures computed.
    const [status] = await Promise.all([syncStatus(userId), warmOverviewFigures(userId)]);
    return json({ outcome, status });
  },
  { mutates: true },
);
