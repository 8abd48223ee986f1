import { z } from "zod";
import { osloDate } from "@/lib/dates/oslo-date";
import { listTransactions } from "@/lib/db/transaction-reads";
import { csvChunk, dialectOf } from "@/lib/export/csv-dialect";
import { SaldoError } from "@/lib/errors/saldo-error";
import { apiRoute, parseParams } from "@/lib/http/api-route";
import { toTransactionView } from "@/lib/transactions/to-transaction-view";
import { transactionFilterSchema } from "@/lib/transactions/transaction-filter";

const formatSchema = z.enum(["csv", "excel"]);
const PAGE = 500;

/**
 * The transactions of a filtered view (the same URL filters as /transactions) as CSV, streamed page
 * by page so a long history never sits in memory. `format=csv` (standard) or `format=excel` (Norwegian Excel).
 */
export const GET = apiRoute(async ({ request, userId }) => {
  const url = new URL(request.url);
  const formats = url.searchParams.getAll("format");
  if (formats.length > 1) throw new SaldoError("bad_request", 'Query parameter "format" was given more than once.');
  const format = formatSchema.safeParse(formats[0] ?? "csv");
  if (!format.success) throw new SaldoError("bad_request", 'Invalid query parameter "format": must be csv or excel.');
  url.searchParams.delete("format");
  url.searchParams.delete("limit");
  url.searchParams.delete("cursor");
  const filter = parseParams(transactionFilterSchema, new Request(url));
  const dialect = dialectOf(format.data);
  // The first page is read before answering, so a store failure is still a clean error status.
  const first = await listTransactions(userId, { ...filter, limit: PAGE });
  let cursor = first.nextCursor;
  let pending: typeof first.items | null = first.items;
  let started = false;
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!pending) {
        if (!cursor) return controller.close();
        const page = await listTransactions(userId, { ...filter, limit: PAGE, cursor });
        cursor = page.nextCursor;
        pending = page.items;
      }
      controller.enqueue(encoder.encode(csvChunk(dialect, pending.map(toTransactionView), !started)));
      started = true;
      pending = null;
    },
  });
  const name = `saldo-transactions-${osloDate(Date.now())}${dialect.name === "excel" ? "-excel" : ""}.csv`;
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
