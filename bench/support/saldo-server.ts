// Starts a production build of Saldo on the sandbox bank for benchmarks, and logs in over plain
// HTTP as a browser would (Auth.js sign-in, the sandbox's BankID form, the OAuth callback).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { serverCommand } from "./server-command";

/** The production build keeps the sandbox's control API (the call log the benchmarks read) closed without it. */
export const BENCH_SANDBOX_CONTROL_SECRET = "bench-sandbox-control-0123456789";

export interface BenchServer {
  baseUrl: string;
  dataDir: string;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Niceness added to the server's (`nice -n`, 0–19): from 1 on, it gets a smaller share of a contended core. */
  niceness?: number;
}

export async function startSaldo(port: number, extraEnv: Record<string, string> = {}, options: StartOptions = {}): Promise<BenchServer> {
  const root = path.resolve(import.meta.dirname, "..", "..");
  // NEXT_DIST_DIR (next.config.ts) lets a benchmark run an older build kept in another folder.
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  if (!fs.existsSync(path.join(root, distDir, "BUILD_ID"))) {
    throw new Error(`No production build in ${distDir}: run \`npm run build\` first.`);
  }
  const baseUrl = `http://localhost:${port}`;
  // A server left over on the port would answer the health check below, and the bench would measure
  // it (an older build, another store) instead of failing.
  const leftover = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2000) }).then(
    () => true,
    (error: Error) => error.name === "TimeoutError",
  );
  if (leftover) throw new Error(`Port ${port} is already taken: stop what listens there first (e.g. fuser -k ${port}/tcp).`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "saldo-bench-"));
  const env = {
    ...process.env,
    NODE_ENV: "production" as const,
    SALDO_DATA_DIR: dataDir,
    AUTH_URL: baseUrl,
    SALDO_ENCRYPTION_KEY: `bench:${randomBytes(32).toString("base64")}`,
    AUTH_SECRET: randomBytes(33).toString("base64"),
    SALDO_MIN_SYNC_SECONDS: "0",
    NEXT_TELEMETRY_DISABLED: "1",
    SANDBOX_CONTROL_SECRET: BENCH_SANDBOX_CONTROL_SECRET,
    ...extraEnv,
  };
  const [command, args] = serverCommand([path.join(root, "node_modules", ".bin", "next"), "start", "-p", String(port), "-H", "localhost"], options.niceness);
  const child: ChildProcess = spawn(command, args, {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += String(chunk)));
  child.stderr?.on("data", (chunk) => (output += String(chunk)));
  // BENCH_SERVER_LOG=1 shows the server's own output (a crash mid-run is otherwise silent).
  if (process.env.BENCH_SERVER_LOG) {
    child.stdout?.pipe(process.stderr);
    child.stderr?.pipe(process.stderr);
  }
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`Saldo did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    baseUrl,
    dataDir,
    async stop() {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const index = pair.indexOf("=");
      const name = pair.slice(0, index);
      const value = pair.slice(index + 1);
      if (value === "" || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

/** Returns the Cookie header of a logged-in session. */
export async function loginOverHttp(baseUrl: string, personId = "kari", finInst = "fid-smn"): Promise<string> {
  const jar = new CookieJar();
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  jar.take(csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const signIn = await fetch(`${baseUrl}/api/auth/signin/sparebank1`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ csrfToken, callbackUrl: `${baseUrl}/` }),
    redirect: "manual",
  });
  jar.take(signIn);
  const authorize = new URL(signIn.headers.get("location") ?? "");
  const form = new URLSearchParams(authorize.searchParams);
  form.set("finInst", finInst);
  form.set("person", personId);
  const consent = await fetch(`${authorize.origin}${authorize.pathname}`, { method: "POST", body: form, redirect: "manual" });
  const callback = consent.headers.get("location");
  if (!callback) throw new Error(`The sandbox did not redirect back (${consent.status})`);
  const done = await fetch(callback, { headers: { cookie: jar.header() }, redirect: "manual" });
  jar.take(done);
  if (!jar.header().includes("session-token")) throw new Error(`Login failed (${done.status} ${done.headers.get("location")})`);
  return jar.header();
}

export async function sandboxCalls(baseUrl: string): Promise<{ path: string; status: number }[]> {
  const response = await fetch(`${baseUrl}/sandbox/__sandbox/calls`, { headers: { "x-sandbox-control": BENCH_SANDBOX_CONTROL_SECRET } });
  return ((await response.json()) as { calls: { path: string; status: number }[] }).calls;
}
