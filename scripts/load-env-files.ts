// Scripts see the same settings as `next start`: Next's .env files in its order of precedence
// (the first file that sets a variable wins, and the real environment beats every file).
import fs from "node:fs";

export function loadEnvFiles(dir = process.cwd(), mode: "development" | "production" = process.env.NODE_ENV === "development" ? "development" : "production"): void {
  for (const name of [`.env.${mode}.local`, ".env.local", `.env.${mode}`, ".env"]) {
    const file = `${dir}/${name}`;
    if (fs.existsSync(file)) process.loadEnvFile(file);
  }
}
