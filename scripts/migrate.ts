// Applies prisma/migrations to DATABASE_URL (default: the local libSQL file in .data/).
import path from "node:path";
import { resolveDatabaseUrl } from "../lib/db/database-url";
import { applyMigrations } from "../lib/db/migrations";
import { loadEnvFiles } from "./load-env-files";

// The same .env files Next.js will read: `npm run dev` (predev) the development set, builds the production set.
loadEnvFiles(process.cwd(), process.env.npm_lifecycle_event === "predev" ? "development" : "production");

const dataDir = path.resolve(process.env.SALDO_DATA_DIR || path.join(process.cwd(), ".data"));
const url = resolveDatabaseUrl(process.env.DATABASE_URL || undefined, dataDir);
const target = url.startsWith("file:") ? url : url.replace(/\?.*$/, "");

applyMigrations({ url, authToken: process.env.DATABASE_AUTH_TOKEN || undefined })
  .then((applied) => {
    console.log(applied.length ? `Applied ${applied.length} migration(s) to ${target}: ${applied.join(", ")}` : `Database ${target} is up to date.`);
  })
  .catch((error: unknown) => {
    console.error(`Migration failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
