// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ImportPanel } from "./import-panel";

const text = {
  importExplain: "Import the bank's CSV",
  importAccount: "Account",
  importFile: "File",
  preview: "Preview",
  importRows: "Import",
  importPreview: "{add} to add",
  imported: "{add} added",
  saving: "Saving",
};
const accounts = [
  { id: "a1", name: "Brukskonto" },
  { id: "a2", name: "Sparekonto" },
];

// What the server would say about a preview: the panel only shows it.
const server = vi.fn(async (_url: string, init?: RequestInit) => {
  const { commit } = JSON.parse(String(init?.body)) as { commit: boolean };
  return new Response(JSON.stringify({ committed: commit, add: 3, matched: 0, skipped: 0, syncedFrom: "2026-01-01" }), { status: 200 });
});
beforeEach(() => vi.stubGlobal("fetch", server));
afterEach(() => {
  cleanup();
  server.mockClear();
  vi.unstubAllGlobals();
});

// jsdom's File cannot read itself back: give it the text() a browser's has.
const csvFile = (content: string, name: string) => Object.assign(new File([content], name, { type: "text/csv" }), { text: async () => content });

async function previewFile(name: string) {
  const file = csvFile("Dato;Beskrivelse;Beløp\n", name);
  await act(async () => {
    fireEvent.change(screen.getByLabelText("File"), { target: { files: [file] } });
    await file.text();
  });
  await act(async () => fireEvent.click(screen.getByRole("button", { name: "Preview" })));
  expect(screen.getByTestId("import-status").textContent).toBe("3 to add");
}

describe("ImportPanel", () => {
  // The import button committed whatever account and file were chosen after the preview.
  it("asks for a new preview when the account changes after one", async () => {
    render(<ImportPanel accounts={accounts} text={text} />);
    await previewFile("a.csv");
    expect((screen.getByRole("button", { name: "Import" }) as HTMLButtonElement).disabled).toBe(false);
    fireEvent.change(screen.getByLabelText("Account"), { target: { value: "a2" } });
    expect((screen.getByRole("button", { name: "Import" }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId("import-status").textContent).toBe("");
  });

  it("asks for a new preview when another file is chosen after one", async () => {
    render(<ImportPanel accounts={accounts} text={text} />);
    await previewFile("a.csv");
    const other = csvFile("Dato;Beskrivelse;Beløp\n01.01.2026;X;-1,00\n", "b.csv");
    await act(async () => {
      fireEvent.change(screen.getByLabelText("File"), { target: { files: [other] } });
      await other.text();
    });
    expect((screen.getByRole("button", { name: "Import" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("imports what it previewed", async () => {
    render(<ImportPanel accounts={accounts} text={text} />);
    await previewFile("a.csv");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Import" })));
    expect(JSON.parse(String(server.mock.calls.at(-1)?.[1]?.body))).toMatchObject({ accountId: "a1", commit: true });
    expect(screen.getByTestId("import-status").textContent).toBe("3 added");
  });
});
