import path from "node:path";
import { defineConfig } from "prisma/config";

// The Prisma 7 CLI insists on downloading a native schema engine before any command; our machines
// cannot. generate/validate/format never use it, so point it at a stub that explains itself.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(import.meta.dirname, "scripts", "no-schema-engine.sh");

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
});
