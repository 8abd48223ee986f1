// Holds SQLite's write lock on a database file for a while from a process of its own, as another
// writer would (the local driver waits synchronously, so the lock cannot come from the test's own
// process). It prints "ready", takes the lock when a line arrives on its input, prints "locked",
// and lets go after the given time.
// Usage: node test-support/hold-write-lock.mjs <file: url> <milliseconds>
import { createClient } from "@libsql/client";
import readline from "node:readline";

const [url, ms] = process.argv.slice(2);
const client = createClient({ url });
await client.execute("SELECT 1");
const lines = readline.createInterface({ input: process.stdin });
process.stdout.write("ready\n");
await new Promise((resolve) => lines.once("line", resolve));
const lock = await client.transaction("write");
process.stdout.write("locked\n");
await new Promise((resolve) => setTimeout(resolve, Number(ms)));
await lock.commit();
client.close();
lines.close();
