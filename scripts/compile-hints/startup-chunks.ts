/**
 * V8's explicit compile hint: a script that starts with this comment has every function compiled
 * eagerly, on a background thread while it downloads, instead of each on the main thread when it is
 * first called (Chrome 136+; other engines read an ordinary comment).
 */
export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

/** The script with the hint in front, once. */
export function withCompileHint(source: string): string {
  return source.startsWith(COMPILE_HINT) ? source : COMPILE_HINT + source;
}

interface BuildManifest {
  rootMainFiles?: string[];
  polyfillFiles?: string[];
}

/**
 * The chunks every page runs while it loads: the framework's (the build manifest's rootMainFiles)
 * and each route's entry chunks (the client reference manifests' entryJSFiles). Chunks loaded on
 * demand, such as the chart library's, stay lazy: compiling them up front would be wasted work.
 */
export function startupChunks(buildManifest: BuildManifest, clientReferenceManifests: { entryJSFiles?: Record<string, string[]> }[]): string[] {
  const chunks = new Set<string>(buildManifest.rootMainFiles ?? []);
  for (const manifest of clientReferenceManifests) {
    for (const files of Object.values(manifest.entryJSFiles ?? {})) for (const file of files) chunks.add(file);
  }
  // The polyfills only run in browsers without modules, which know nothing of compile hints.
  for (const file of buildManifest.polyfillFiles ?? []) chunks.delete(file);
  return [...chunks].filter((file) => file.endsWith(".js")).sort();
}

/** The manifest object a `*_client-reference-manifest.js` file assigns to globalThis.__RSC_MANIFEST[route]. */
export function parseClientReferenceManifest(source: string): { entryJSFiles?: Record<string, string[]> } {
  const start = source.indexOf("] = ");
  if (start < 0) throw new Error("Not a client reference manifest: no __RSC_MANIFEST assignment");
  return JSON.parse(source.slice(start + 4).trim().replace(/;$/, "")) as { entryJSFiles?: Record<string, string[]> };
}
