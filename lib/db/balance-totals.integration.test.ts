import { beforeAll, describe, expect, it } from "vitest";
import { useTempDatabase } from "../../test-support/temp-database";
import { NET_COLUMNS, netsOf } from "./balance-totals";
import { packedRows } from "./packed-rows";
import { sql } from "./client";

beforeAll(async () => {
  await useTempDatabase();
});

const nets = [
  { accountId: "acc-1", day: "2026-11-30", net: -12_345 },
  { accountId: "acc-2", day: "2026-12-01", net: 9_007_199_254_740_991 },
  { accountId: "acc-1", day: "2026-12-02", net: 0 },
];

function netsRead(rows: typeof nets) {
  const query = rows.map(() => `SELECT ? AS "accountId", ? AS "day", ? AS "net"`).join(" UNION ALL ");
  // Bound as integers, as the store's sums are (a JavaScript number is bound as a real).
  return packedRows(query, NET_COLUMNS, rows.flatMap((row) => [row.accountId, row.day, BigInt(row.net)]), `"day"`);
}

describe("netsOf", () => {
  it("reads each account's net per day from a packed answer, to the øre", async () => {
    const answer = await sql().execute(netsRead(nets));
    expect(netsOf(answer)).toEqual(nets);
  });

  it("parses one answer once however many readers it is handed to, and each answer on its own", async () => {
    const [first, second] = await sql().batch([netsRead(nets), netsRead(nets.slice(1))], "read");
    const read = netsOf(first!);
    expect(netsOf(first!)).toBe(read);
    expect(netsOf(second!)).toEqual(nets.slice(1));
    expect(netsOf(second!)).not.toBe(read);
  });
});
