import { generateLedger } from "./data/ledger";
import type { Ledger } from "./data/types";
import { DEFAULT_LIFETIMES, type SandboxClient, type SandboxLifetimes, type SandboxOptions } from "./options";
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

export interface BankContext {
  basePath: string;
  clients: Map<string, SandboxClient>;
  seed: number;
  now: () => number;
  lifetimes: SandboxLifetimes;
  rateLimitPerHour: number;
  controlApi: boolean;
  state: PersistedState;
  calls: CallLogEntry[];
  persist(): void;
  ledger(personId: string): Ledger;
}

export function createContext(options: SandboxOptions): BankContext {
  const now = options.now ?? Date.now;
  const seed = options.seed ?? 1;
  const state = loadState(options.stateFile);
  const ledgers = new Map<string, Ledger>();
  return {
    basePath: options.basePath.replace(/\/+$/, ""),
    clients: new Map(options.clients.map((client) => [client.clientId, client])),
    seed,
    now,
    lifetimes: { ...DEFAULT_LIFETIMES, ...options.lifetimes },
    rateLimitPerHour: options.rateLimitPerHour ?? 60,
    controlApi: options.controlApi ?? true,
    state,
    calls: [],
    persist: () => saveState(options.stateFile, state),
    ledger(personId) {
      // Rows only change at minute granularity (pending cut-off, today's rows), so cache per minute.
      const key = `${personId}|${Math.floor(now() / 60_000)}`;
      let ledger = ledgers.get(key);
      if (!ledger) {
        if (ledgers.size > 16) ledgers.clear();
        ledger = generateLedger(seed, personId, now());
        ledgers.set(key, ledger);
      }
      return ledger;
    },
  };
}
