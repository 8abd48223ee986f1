// Preloaded into the bench's server only (NODE_OPTIONS=--import …, with SALDO_BENCH_COUNT_DIR set):
// counts the libSQL client's calls, one per round trip a remote database (Turso) would make:
// execute, batch and executeMultiple are one each; an interactive transaction is its BEGIN, each
// statement in it and its COMMIT/ROLLBACK. Production never loads this file.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const dir = process.env.SALDO_BENCH_COUNT_DIR;
const counts = { calls: 0, statements: 0 };
let scheduled = false;

const queryLog = process.env.SALDO_BENCH_QUERY_LOG;

/** Counts one call; with SALDO_BENCH_QUERY_LOG set, returns what logs the call's text and time once it settles. */
function record(statements, args) {
  counts.calls += 1;
  counts.statements += statements;
  if (!scheduled && dir) {
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      fs.writeFileSync(path.join(dir, `${process.pid}.json`), JSON.stringify({ pid: process.pid, ...counts }));
    });
  }
  if (!queryLog) return null;
  const first = args[0];
  const text = typeof first === "string" ? first : Array.isArray(first) ? first.map((entry) => (typeof entry === "string" ? entry : entry?.sql)).join(" | ") : (first?.sql ?? String(first));
  const started = performance.now();
  return () => fs.appendFileSync(queryLog, `${process.pid} ${Date.now()} ${(performance.now() - started).toFixed(1)}ms ${String(text).replace(/\s+/g, " ").slice(0, 160)}\n`);
}

function wrap(proto, name, statementsOf) {
  const original = proto[name];
  if (typeof original !== "function" || original.__counted) return;
  const counted = function (...args) {
    const logged = record(statementsOf(args), args);
    const result = original.apply(this, args);
    if (logged && typeof result?.then === "function") result.then(logged, logged);
    return result;
  };
  counted.__counted = true;
  proto[name] = counted;
}

async function patch(module) {
  const client = module.createClient({ url: ":memory:" });
  const clientProto = Object.getPrototypeOf(client);
  const transaction = await client.transaction("write");
  const txProto = Object.getPrototypeOf(transaction);
  await transaction.rollback();
  client.close();
  for (const proto of [clientProto, txProto]) {
    wrap(proto, "execute", () => 1);
    wrap(proto, "batch", (args) => (Array.isArray(args[0]) ? args[0].length : 1));
    wrap(proto, "executeMultiple", () => 1);
  }
  wrap(clientProto, "migrate", (args) => (Array.isArray(args[0]) ? args[0].length : 1));
  wrap(clientProto, "transaction", () => 1);
  wrap(txProto, "commit", () => 1);
  wrap(txProto, "rollback", () => 1);
}

if (dir) {
  const require = createRequire(path.join(process.cwd(), "package.json"));
  await patch(require("@libsql/client"));
  await patch(await import("@libsql/client"));
  fs.writeFileSync(path.join(dir, `${process.pid}.json`), JSON.stringify({ pid: process.pid, ...counts }));
}
