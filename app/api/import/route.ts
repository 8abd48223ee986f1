import { z } from "zod";
import { commitImport, previewImport } from "@/lib/db/import-store";
import { SaldoError } from "@/lib/errors/saldo-error";
import { apiRoute, json } from "@/lib/http/api-route";
import { parseJsonBody } from "@/lib/http/parse-body";
import { parseBankCsv } from "@/lib/import/bank-csv";

const MAX_FILE = 20 * 1024 * 1024;

const importSchema = z
  .object({
    accountId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "must be an account id"),
    csv: z.string().min(1, "must not be empty").max(MAX_FILE, "is too large"),
    /** false: a preview that changes nothing. */
    commit: z.boolean().default(false),
  })
  .strict();

/** Imports the bank's own CSV export for one account: rows older than the synced history are added, overlaps matched, nothing doubled. */
export const POST = apiRoute(
  async ({ request, userId }) => {
    const input = await parseJsonBody(importSchema, request, MAX_FILE + 1024);
    const parsed = parseBankCsv(input.csv);
    if (!parsed.ok) throw new SaldoError("bad_request", `Line ${parsed.line}: ${parsed.reason}.`);
    const summary = input.commit ? await commitImport(userId, input.accountId, parsed.rows) : await previewImport(userId, input.accountId, parsed.rows);
    return json({ committed: input.commit, ...summary });
  },
  { mutates: true },
);
