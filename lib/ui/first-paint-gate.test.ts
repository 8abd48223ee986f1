// @vitest-environment jsdom
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FIRST_PAINT_GATE_SCRIPT, FIRST_PAINT_WAIT_MS } from "./first-paint-gate";

const gates = () => [...document.head.querySelectorAll('link[rel="expect"]')];
const blocking = () => gates().filter((link) => link.getAttribute("blocking") === "render");

beforeEach(() => {
  vi.useFakeTimers();
  document.head.innerHTML = "";
  document.body.innerHTML = "";
  new Function(FIRST_PAINT_GATE_SCRIPT)();
});

afterEach(() => {
  vi.useRealTimers();
});

describe("the first-paint gate", () => {
  it("adds one render-blocking expect link, to an id no element has, to the head", () => {
    expect(blocking()).toHaveLength(1);
    const id = gates()[0]!.getAttribute("href")!.replace(/^#/, "");
    expect(id).toMatch(/^[a-z-]+$/);
    expect(document.getElementById(id)).toBeNull();
  });

  it("stops blocking once the document is parsed, and leaves the link in place for React's hydration", () => {
    document.dispatchEvent(new Event("DOMContentLoaded"));
    expect(blocking()).toHaveLength(0);
    expect(gates()).toHaveLength(1);
    vi.advanceTimersByTime(FIRST_PAINT_WAIT_MS);
    expect(blocking()).toHaveLength(0);
  });

  it("stops blocking once every section streamed behind the shell has arrived, before the rest of the document is parsed", async () => {
    // The shell as React streams it: each section still to come is a `$?` comment before its B: template.
    document.body.innerHTML = '<main><!--$?--><template id="B:0"></template><p>…</p><!--/$--><!--$?--><template id="B:1"></template><p>…</p><!--/$--></main>';
    const [first, second] = [...document.querySelectorAll("template")].map((template) => template.previousSibling as Comment);
    // A section arrives: React's completion script marks its boundary ready to reveal.
    first!.data = "$~";
    await Promise.resolve();
    expect(blocking()).toHaveLength(1);
    // A section arriving can hold a boundary of its own, still pending.
    document.body.insertAdjacentHTML("beforeend", '<div hidden id="S:1"><!--$?--><template id="B:2"></template><!--/$--></div>');
    second!.data = "$~";
    await Promise.resolve();
    expect(blocking()).toHaveLength(1);
    (document.querySelector("#S\\:1 template")!.previousSibling as Comment).data = "$~";
    await Promise.resolve();
    expect(blocking()).toHaveLength(0);
    expect(gates()).toHaveLength(1);
  });

  it("does not wait for a section whose fallback says it paints later, where its media query matches", async () => {
    const matching = new Set(["(max-width: 45rem)"]);
    vi.stubGlobal("matchMedia", (query: string) => ({ matches: matching.has(query) }));
    try {
      // The first screen's section, then three below it: on every width, on a phone only, on a wide screen only.
      document.body.innerHTML =
        '<main><!--$?--><template id="B:0"></template><p>…</p><!--/$-->' +
        '<!--$?--><template id="B:1"></template><section data-paints-later="">…</section><!--/$-->' +
        '<!--$?--><template id="B:2"></template><section data-paints-later="(max-width: 45rem)">…</section><!--/$-->' +
        '<!--$?--><template id="B:3"></template><section data-paints-later="(min-width: 60rem)">…</section><!--/$--></main>';
      const [first, , , wide] = [...document.querySelectorAll("template")].map((template) => template.previousSibling as Comment);
      first!.data = "$~";
      await Promise.resolve();
      expect(blocking()).toHaveLength(1);
      matching.add("(min-width: 60rem)");
      wide!.data = "$?";
      await Promise.resolve();
      expect(blocking()).toHaveLength(0);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("waits for a section that paints later where the browser cannot match its media query", async () => {
    document.body.innerHTML = '<main><!--$?--><template id="B:0"></template><section data-paints-later="(max-width: 45rem)">…</section><!--/$--></main>';
    (document.querySelector("template")!.previousSibling as Comment).data = "$?";
    await Promise.resolve();
    expect(blocking()).toHaveLength(1);
  });

  it("a section that fails to render lets go too, as React marks it for the client to retry", async () => {
    document.body.innerHTML = '<main><!--$?--><template id="B:0"></template><!--/$--></main>';
    (document.querySelector("template")!.previousSibling as Comment).data = "$!";
    await Promise.resolve();
    expect(blocking()).toHaveLength(0);
  });

  it("keeps blocking while a page without streamed sections is parsed, until the document ends", async () => {
    document.body.innerHTML = "<main><p>text</p><!--note--></main>";
    (document.body.querySelector("main")!.lastChild as Comment).data = "changed";
    await Promise.resolve();
    expect(blocking()).toHaveLength(1);
    document.dispatchEvent(new Event("DOMContentLoaded"));
    expect(blocking()).toHaveLength(0);
  });

  it("stops blocking after the longest wait while the document is still streaming", () => {
    vi.advanceTimersByTime(FIRST_PAINT_WAIT_MS - 1);
    expect(blocking()).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(blocking()).toHaveLength(0);
  });

  it("reads the markers React's server renderer writes (fails when React changes them)", () => {
    // Next.js renders with its own copy of React (the experimental channel under cacheComponents).
    const next = path.dirname(createRequire(import.meta.url).resolve("next/package.json"));
    for (const channel of ["react-dom", "react-dom-experimental"]) {
      const source = fs.readFileSync(path.join(next, "dist/compiled", channel, "cjs/react-dom-server.node.production.js"), "utf8");
      // A pending boundary: the comment, then its B: template; completed, then failed, as its scripts mark it.
      expect(source, channel).toContain(String.raw`'\x3c!--$?--\x3e<template id="'`);
      expect(source, channel).toContain('idPrefix + "B:"');
      expect(source, channel).toContain('previousSibling.data="$~"');
      expect(source, channel).toContain('b.data="$!"');
    }
  });
});
