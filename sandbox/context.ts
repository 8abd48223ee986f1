import { generateLedger } from "./data/ledger";
import type { Ledger } from "./data/types";
import { DEFAULT_LIFETIMES, type SandboxClient, type SandboxLifetimes, type SandboxOptions } from "./options";
import { createSandboxClock, type SandboxClock } from "./state/sandbox-clock";
import { loadState, saveState } from "./state/state-file";
import type { PersistedState } from "./state/state-types";

export interface CallLogEntry {
  at: number;
  method: string;
  path: string;
  /** The query string as sent (with its "?"), so tests can see e.g. repeated accountKey. */
  query: string;
  status: number | null;
  clientId: string | null;
  grantType?: string;
}

/** The call log keeps only the newest entries, so a long-running sandbox does not grow without end. */
export const MAX_CALL_LOG = 2_000;

export interface BankContext {
  basePath: string;
  clients: Map<string, SandboxClient>;
  seed: number;
  /** The sandbox clock: the underlying clock moved by the control API. Everything time-dependent reads it. */
  now: () => number;
  clock: SandboxClock;
  drift: boolean;
  lifetimes: SandboxLifetimes;
  rateLimitPerHour: number;
  controlApi: boolean;
  controlSecret?: string;
  state: PersistedState;
  calls: CallLogEntry[];
  logCall(entry: CallLogEntry): void;
  persist(): void;
  ledger(personId: string): Ledger;
}

export function createContext(options: SandboxOptions): BankContext {
  const clock = createSandboxClock(options.now ?? Date.now, options.driftEpochMs);
  const now = clock.now;
  const seed = options.seed ?? 1;
  const drift = options.drift ?? true;
  const state = loadState(options.stateFile);
  const ledgers = new Map<string, Ledger>();
  const calls: CallLogEntry[] = [];
  return {
    basePath: options.basePath.replace(/\/+$/, ""),
    clients: new Map(options.clients.map((client) => [client.clientId, client])),
    seed,
    now,
    clock,
    drift,
    lifetimes: { ...DEFAULT_LIFETIMES, ...options.lifetimes },
    rateLimitPerHour: options.rateLimitPerHour ?? 60,
    controlApi: options.controlApi ?? true,
    ...(options.controlSecret ? { controlSecret: options.controlSecret } : {}),
    state,
    calls,
    logCall(entry) {
      calls.push(entry);
      if (calls.length > MAX_CALL_LOG) calls.splice(0, calls.length - MAX_CALL_LOG);
    },
    persist: () => saveState(options.stateFile, state),
    ledger(personId) {
      // Rows only change at minute granularity (pending cut-off, today's rows), so cache per minute.
      const at = now();
      const epochMs = clock.epochMs();
      const key = `${personId}|${Math.floor(at / 60_000)}|${drift ? epochMs : "-"}`;
      let ledger = ledgers.get(key);
      if (!ledger) {
        if (ledgers.size > 16) ledgers.clear();
        ledger = generateLedger(seed, personId, at, drift ? { drift: true, epochMs } : undefined);
        ledgers.set(key, ledger);
      }
      return ledger;
    },
  };
}
