import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    ignores: ["components/intent-link.tsx"],
    rules: { "no-restricted-imports": ["error", { paths: [{ name: "next/link", message: "Use IntentLink (components/intent-link.tsx): it prefetches on intent, not on sight." }] }] },
  },
  { ignores: [".next/**", ".next-*/**", "node_modules/**", "lib/db/generated/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "tools/**", "public/sw.js", "bench/baseline-app/.next/**"] },
];

export default config;
