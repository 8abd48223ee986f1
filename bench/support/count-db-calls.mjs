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

function record(statements, args) {
  if (queryLog) {
    const first = args[0];
    const text = typeof first === "string" ? first : Array.isArray(first) ? first.map((entry) => (typeof entry === "string" ? entry : entry?.sql)).join(" | ") : (first?.sql ?? String(first));
    fs.appendFileSync(queryLog, `${process.pid} ${String(text).replace(/\s+/g, " ").slice(0, 160)}\n`);
  }
  counts.calls += 1;
  counts.statements += statements;
  if (scheduled || !dir) return;
  scheduled = true;
  setImmediate(() => {
    scheduled = false;
    fs.writeFileSync(path.join(dir, `${process.pid}.json`), JSON.stringify({ pid: process.pid, ...counts }));
  });
}

function wrap(proto, name, statementsOf) {
  const original = proto[name];
  if (typeof original !== "function" || original.__counted) return;
  const counted = function (...args) {
    record(statementsOf(args), args);
    return original.apply(this, args);
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
