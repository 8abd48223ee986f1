// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { SAVED_COPY_ATTRIBUTE, isSavedAnswerMessage, markSavedCopy, savedAnswerMessage } from "./saved-copy";

describe("markSavedCopy", () => {
  it("marks the page's own <html> tag and leaves the rest byte for byte", () => {
    const page = '<!DOCTYPE html><html lang="nb" data-theme="dark"><head></head><body><p>&lt;html&gt; in text</p></body></html>';
    const marked = markSavedCopy(page);
    expect(marked).toBe(`<!DOCTYPE html><html ${SAVED_COPY_ATTRIBUTE}="" lang="nb" data-theme="dark"><head></head><body><p>&lt;html&gt; in text</p></body></html>`);
    const parsed = new DOMParser().parseFromString(marked, "text/html");
    expect(parsed.documentElement.hasAttribute(SAVED_COPY_ATTRIBUTE)).toBe(true);
    expect(parsed.documentElement.getAttribute("lang")).toBe("nb");
  });

  it("marks a bare <html> tag and only the first one", () => {
    expect(markSavedCopy("<html><body><template><html></html></template></body></html>")).toBe(`<html ${SAVED_COPY_ATTRIBUTE}=""><body><template><html></html></template></body></html>`);
  });

  it("leaves a text without an <html> tag, or with a longer tag name, unchanged", () => {
    expect(markSavedCopy('{"rows":[]}')).toBe('{"rows":[]}');
    expect(markSavedCopy("<htmlx></htmlx>")).toBe("<htmlx></htmlx>");
  });
});

describe("saved answer messages", () => {
  it("are recognised as the worker writes them, and nothing else is", () => {
    expect(isSavedAnswerMessage(savedAnswerMessage("Mon, 30 Nov 2026 07:41:00 GMT"))).toBe(true);
    expect(isSavedAnswerMessage(savedAnswerMessage(null))).toBe(true);
    expect(isSavedAnswerMessage({ type: "saldo:saved-answer", date: 5 })).toBe(false);
    expect(isSavedAnswerMessage({ type: "saldo:clear-offline-data" })).toBe(false);
    expect(isSavedAnswerMessage(null)).toBe(false);
    expect(isSavedAnswerMessage("saldo:saved-answer")).toBe(false);
  });
});
