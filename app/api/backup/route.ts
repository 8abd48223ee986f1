import { backupProblem } from "@/lib/backup/backup-problems";
import { backupSchema } from "@/lib/backup/backup-schema";
import { osloDate } from "@/lib/dates/oslo-date";
import { readBackup, restoreBackup } from "@/lib/db/backup-store";
import { SaldoError } from "@/lib/errors/saldo-error";
import { apiRoute, json } from "@/lib/http/api-route";
import { parseJsonBody } from "@/lib/http/parse-body";

/** One versioned JSON file with everything synced and everything the owner made (no tokens, no secrets). */
export const GET = apiRoute(async ({ userId }) => {
  const backup = await readBackup(userId);
  return new Response(JSON.stringify(backup), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="saldo-backup-${osloDate(Date.now())}.json"`,
      "Cache-Control": "private, no-store",
    },
  });
});

const MAX_BACKUP = 200 * 1024 * 1024;

/** Restores a backup over the owner's data, all or nothing; a bad file changes nothing. */
export const POST = apiRoute(
  async ({ request, userId }) => {
    const backup = await parseJsonBody(backupSchema, request, MAX_BACKUP);
    const problem = backupProblem(backup);
    if (problem) throw new SaldoError("bad_request", `The backup cannot be restored: ${problem}.`);
    return json({ restored: await restoreBackup(userId, backup) });
  },
  { mutates: true },
);
