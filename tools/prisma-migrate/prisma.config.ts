// Prisma 6 with its WASM schema engine ("engine: js"): authors migration SQL without the native
// engine our machines cannot download. Used by tools/prisma-migrate/diff.sh only.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaLibSQL } from "@prisma/adapter-libsql";

process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(import.meta.dirname, "..", "..", "scripts", "no-schema-engine.sh");

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: process.env.SCHEMA_FOR_DIFF ?? "schema.prisma",
  adapter: async () => new PrismaLibSQL({ url: process.env.SCRATCH_DB_URL ?? "file:./scratch.db" }),
});
