import { createClient } from "@libsql/client";

/** Adds `rows` spending rows spread over three years to the accounts a first sync stored; returns the rows in the store. */
export async function seedTransactions(databaseFile: string, rows: number) {
  const client = createClient({ url: `file:${databaseFile}` });
  const accounts = (await client.execute(`SELECT id, "userId" FROM "Account"`)).rows;
  const categories = [
    ["GROCERIES", "Dagligvarer"],
    ["FOOD_AND_DRINK", "Mat og drikke"],
    ["TRANSPORT", "Transport"],
    ["HOUSING", "Bolig"],
    ["SHOPPING", "Klær og utstyr"],
  ] as const;
  let seed = 42;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
  const today = Date.now();
  const statements = [];
  for (let index = 0; index < rows; index += 1) {
    const account = accounts[index % accounts.length]!;
    const [main, label] = categories[index % categories.length]!;
    const day = new Date(today - Math.floor(random() * 3 * 365) * 86_400_000).toISOString().slice(0, 10);
    statements.push({
      sql: `INSERT INTO "Transaction" (id, "userId", "accountId", "rawDescription", status, "bookingDate", amount, "currencyCode", description, "merchantName", "categoryMain", "categoryMainLabel", "isOwnTransfer", "syncedAt")
            VALUES (?, ?, ?, ?, 'BOOKED', ?, ?, 'NOK', ?, ?, ?, ?, 0, ?)`,
      args: [`bench${index}`, String(account.userId), String(account.id), `BENCH SHOP ${index % 300}`, day, -Math.floor(random() * 200_000), `Bench shop ${index % 300}`, `Shop ${index % 300}`, main, label, new Date().toISOString()],
    });
  }
  for (let start = 0; start < statements.length; start += 2000) await client.batch(statements.slice(start, start + 2000), "write");
  const count = (await client.execute(`SELECT COUNT(*) AS n FROM "Transaction"`)).rows[0]!.n;
  client.close();
  await markDataChanged(databaseFile);
  return Number(count);
}

/** What a sync's write does to the data version: series cached for the old one are not used again. */
export async function markDataChanged(databaseFile: string) {
  const client = createClient({ url: `file:${databaseFile}` });
  await client.execute({ sql: `UPDATE "SyncState" SET "dataVersion" = ?`, args: [crypto.randomUUID()] });
  client.close();
}
