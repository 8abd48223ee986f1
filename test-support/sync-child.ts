// Runs one sync in a separate process, so a test can kill it mid-way (SIGKILL, no cleanup).
// Started with node's "react-server" condition so `server-only` imports resolve as on the server.
import { runSync } from "../lib/sync/run-sync";

const userId = process.argv[2];
if (!userId) throw new Error("usage: sync-child.ts <userId>");
runSync(userId, "manual").then(
  (outcome) => console.log(JSON.stringify(outcome)),
  (error: unknown) => {
    console.error(String((error as { code?: string }).code ?? error));
    process.exit(1);
  },
);
