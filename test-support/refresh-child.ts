// Asks for an access token in a separate OS process (for the two-process refresh test) and prints
// a hash of it with its version: never the token itself.
import { createHash } from "node:crypto";
import { getAccessToken } from "../lib/bank-connection/access-token";

const userId = process.argv[2];
if (!userId) throw new Error("usage: refresh-child.ts <userId>");
getAccessToken(userId).then(
  ({ token, version }) => console.log(JSON.stringify({ tokenHash: createHash("sha256").update(token).digest("hex"), version })),
  (error: unknown) => {
    console.error(String((error as { code?: string }).code ?? error));
    process.exit(1);
  },
);
