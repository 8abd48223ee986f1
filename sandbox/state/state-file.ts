import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { emptyState, type PersistedState } from "./state-types";

export function loadState(file: string | undefined): PersistedState {
  if (!file || !existsSync(file)) return emptyState();
  try {
    const parsed = JSON.parse(readFileSync(file, "utf8")) as Partial<PersistedState>;
    return { ...emptyState(), ...parsed };
  } catch {
    // A corrupt state file only costs the sandbox its logins; start clean rather than refuse to boot.
    return emptyState();
  }
}

export function saveState(file: string | undefined, state: PersistedState): void {
  if (!file) return;
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(state));
  renameSync(temporary, file);
}
