import fs from "node:fs";
import { SANDBOX_STATE } from "./paths";

/** Every access and refresh token the sandbox bank has issued in this run (its own state file). */
export function issuedTokens(): string[] {
  const state = JSON.parse(fs.readFileSync(SANDBOX_STATE, "utf8")) as {
    accessTokens?: Record<string, unknown>;
    refreshTokens?: Record<string, unknown>;
  };
  return [...Object.keys(state.accessTokens ?? {}), ...Object.keys(state.refreshTokens ?? {})];
}
