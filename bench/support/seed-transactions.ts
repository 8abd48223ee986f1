import { createClient } from "@libsql/client";
import { rebuildDailyTotalsStatements } from "../../lib/db/daily-totals-sql";

const CATEGORIES = [
  ["GROCERIES", "Dagligvarer"],
  ["FOOD_AND_DRINK", "Mat og drikke"],
  ["TRANSPORT", "Transport"],
  ["HOUSING", "Bolig"],
  ["SHOPPING", "Klær og utstyr"],
] as const;

/**
 * Adds `rows` spending rows (ids from `first` on) spread over three years, five categories and 300
 * shops, to the accounts a first sync stored, 2,000 at a time so a large seed never sits in memory.
 * Seeding by SQL bypasses lib/sync, so the per-day totals are rebuilt as the migration builds them.
 * Returns the rows in the store.
 */
export async function seedTransactions(databaseFile: string, rows: number, first = 0) {
  const client = createClient({ url: `file:${databaseFile}` });
  const accounts = (await client.execute(`SELECT id, "userId" FROM "Account"`)).rows;
  let seed = 42 + first;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
  const today = Date.now();
  for (let start = first; start < first + rows; start += 2000) {
    const statements = [];
    for (let index = start; index < Math.min(first + rows, start + 2000); index += 1) {
      const account = accounts[index % accounts.length]!;
      const [main, label] = CATEGORIES[index % CATEGORIES.length]!;
      const day = new Date(today - Math.floor(random() * 3 * 365) * 86_400_000).toISOString().slice(0, 10);
      statements.push({
        sql: `INSERT INTO "Transaction" (id, "userId", "accountId", "rawDescription", status, "bookingDate", amount, "currencyCode", description, "merchantName", "categoryMain", "categoryMainLabel", "isOwnTransfer", "syncedAt")
              VALUES (?, ?, ?, ?, 'BOOKED', ?, ?, 'NOK', ?, ?, ?, ?, 0, ?)`,
        args: [`bench${index}`, String(account.userId), String(account.id), `BENCH SHOP ${index % 300}`, day, -Math.floor(random() * 200_000), `Bench shop ${index % 300}`, `Shop ${index % 300}`, main, label, new Date().toISOString()],
      });
    }
    await client.batch(statements, "write");
  }
  await client.batch(rebuildDailyTotalsStatements(), "write");
  const count = Number((await client.execute(`SELECT COUNT(*) AS n FROM "Transaction"`)).rows[0]!.n);
  client.close();
  await markDataChanged(databaseFile);
  return count;
}

/** What a sync's write does to the data version: series cached for the old one are not used again. */
export async function markDataChanged(databaseFile: string) {
  const client = createClient({ url: `file:${databaseFile}` });
  await client.execute({ sql: `UPDATE "SyncState" SET "dataVersion" = ?`, args: [crypto.randomUUID()] });
  client.close();
}
