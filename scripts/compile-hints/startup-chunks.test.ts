import { describe, expect, it } from "vitest";
import { COMPILE_HINT, parseClientReferenceManifest, startupChunks, withCompileHint } from "./startup-chunks";

describe("withCompileHint", () => {
  it("puts the hint on the first line, once", () => {
    const once = withCompileHint("(globalThis.TURBOPACK||[]).push([1]);");
    expect(once).toBe(`${COMPILE_HINT}(globalThis.TURBOPACK||[]).push([1]);`);
    expect(withCompileHint(once)).toBe(once);
  });
});

describe("startupChunks", () => {
  it("takes the framework's chunks and every route's entry chunks, without polyfills, CSS or on-demand chunks", () => {
    const chunks = startupChunks(
      { rootMainFiles: ["static/chunks/framework.js", "static/chunks/runtime.js"], polyfillFiles: ["static/chunks/polyfills.js"] },
      [
        { entryJSFiles: { "[project]/app/[locale]/layout": ["static/chunks/layout.js"], "[project]/app/[locale]/page": ["static/chunks/layout.js", "static/chunks/overview.js"] } },
        { entryJSFiles: { "[project]/app/[locale]/transactions/page": ["static/chunks/transactions.js", "static/chunks/polyfills.js", "static/chunks/page.css"] } },
        {},
      ],
    );
    expect(chunks).toEqual(["static/chunks/framework.js", "static/chunks/layout.js", "static/chunks/overview.js", "static/chunks/runtime.js", "static/chunks/transactions.js"]);
  });
});

describe("parseClientReferenceManifest", () => {
  it("reads the object a client reference manifest file assigns", () => {
    const source = `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\nglobalThis.__RSC_MANIFEST["/[locale]/page"] = {"clientModules":{},"entryJSFiles":{"[project]/app/[locale]/page":["static/chunks/a.js"]}};\n\n`;
    expect(parseClientReferenceManifest(source).entryJSFiles).toEqual({ "[project]/app/[locale]/page": ["static/chunks/a.js"] });
    expect(() => parseClientReferenceManifest("module.exports = {}")).toThrow(/client reference manifest/);
  });
});
