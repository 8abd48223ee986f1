import path from "node:path";

// Resolves next and react from the project's own node_modules.
const config = { turbopack: { root: path.resolve(import.meta.dirname, "..", "..") }, poweredByHeader: false };

export default config;
