import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": import.meta.dirname,
      // `server-only` throws outside a React Server environment; unit tests run server code in Node.
      "server-only": path.join(import.meta.dirname, "scripts", "server-only-stub.ts"),
    },
  },
  test: {
    include: ["{lib,sandbox,app,components,scripts}/**/*.test.{ts,tsx}", "bench/support/**/*.test.ts"],
    environment: "node",
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: "forks",
  },
});
