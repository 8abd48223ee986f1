import fs from "node:fs";
import path from "node:path";
import { SANDBOX_STATE } from "./paths";

function liveTokens(): string[] {
  try {
    const state = JSON.parse(fs.readFileSync(SANDBOX_STATE, "utf8")) as {
      accessTokens?: Record<string, unknown>;
      refreshTokens?: Record<string, unknown>;
    };
    return [...Object.keys(state.accessTokens ?? {}), ...Object.keys(state.refreshTokens ?? {})];
  } catch {
    return [];
  }
}

/**
 * Records every access and refresh token the sandbox bank issues from now on. Its state file holds
 * only the tokens still alive (revoked and pruned ones leave it), so every rewrite of the file is
 * read as it happens (the sandbox replaces it whole), with a short poll in case events coalesce.
 */
export function recordIssuedTokens(): { stop: () => string[] } {
  const seen = new Set<string>();
  const read = () => {
    for (const token of liveTokens()) seen.add(token);
  };
  read();
  fs.mkdirSync(path.dirname(SANDBOX_STATE), { recursive: true });
  const watcher = fs.watch(path.dirname(SANDBOX_STATE), (_event, file) => {
    if (file === path.basename(SANDBOX_STATE)) read();
  });
  const poll = setInterval(read, 10);
  return {
    stop: () => {
      read();
      watcher.close();
      clearInterval(poll);
      return [...seen];
    },
  };
}
