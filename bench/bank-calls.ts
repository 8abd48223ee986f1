// Bank calls per sync and per dashboard view, counted by the sandbox bank itself on a production
// build. The rule: a sync costs 2 calls (accounts + classified transactions for every account),
// a page view costs 0. Run: npm run build && npx tsx bench/bank-calls.ts
import { loginOverHttp, sandboxCalls, startSaldo } from "./support/saldo-server";

const VIEWS = 20;
const SYNCS = 5;

const server = await startSaldo(Number(process.env.BENCH_PORT ?? 3210), { SALDO_BACKFILL_DAYS: "0", SALDO_STALE_MINUTES: "1440" });
try {
  const cookie = await loginOverHttp(server.baseUrl);
  const loginRequests = await sandboxCalls(server.baseUrl);
  // The BankID page itself (POST /oauth/authorize) is the user's browser, not Saldo calling the bank.
  const loginCalls = loginRequests.filter((call) => call.path !== "/oauth/authorize").length;

  for (let view = 0; view < VIEWS; view += 1) {
    const response = await fetch(`${server.baseUrl}/`, { headers: { cookie } });
    if (!response.ok) throw new Error(`dashboard answered ${response.status}`);
    await response.text();
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
  const afterViews = (await sandboxCalls(server.baseUrl)).length;

  for (let sync = 0; sync < SYNCS; sync += 1) {
    const response = await fetch(`${server.baseUrl}/api/sync`, { method: "POST", headers: { cookie, origin: server.baseUrl } });
    if (!response.ok) throw new Error(`sync answered ${response.status}: ${await response.text()}`);
  }
  const afterSyncs = (await sandboxCalls(server.baseUrl)).length;

  const perView = (afterViews - loginRequests.length) / VIEWS;
  const perSync = (afterSyncs - afterViews) / SYNCS;
  console.log(`login (token + identity + first sync): ${loginCalls} bank calls`);
  console.log(`dashboard view: ${perView} bank calls per view over ${VIEWS} views (target 0)`);
  console.log(`sync: ${perSync} bank calls per sync over ${SYNCS} syncs (target 2)`);
  console.log(`syncs per hour within the default budget of 50: ${Math.floor(50 / perSync)}`);
  console.log(JSON.stringify({ bench: "bank-calls", loginCalls, perView, perSync }));
  if (perView !== 0 || perSync !== 2) process.exitCode = 1;
} finally {
  await server.stop();
}
