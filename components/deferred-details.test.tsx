// @vitest-environment jsdom
import { act, cleanup, render } from "@testing-library/react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { DeferredDetails } from "./deferred-details";

afterEach(cleanup);

const view = () => (
  <DeferredDetails summary="History">
    <p data-testid="content">Rows</p>
  </DeferredDetails>
);

function toggle(details: HTMLDetailsElement, open: boolean) {
  details.open = open;
  act(() => void details.dispatchEvent(new Event("toggle")));
}

describe("DeferredDetails", () => {
  it("holds only its summary until first opened, then keeps its content when closed again", () => {
    const { container } = render(view());
    const details = container.querySelector("details")!;
    expect(details.children).toHaveLength(1);
    expect(details.querySelector("summary")?.textContent).toBe("History");
    toggle(details, true);
    expect(details.querySelector("[data-testid=content]")?.textContent).toBe("Rows");
    toggle(details, false);
    expect(details.querySelector("[data-testid=content]")).not.toBeNull();
  });

  it("holds its placeholder until first opened, as server HTML too", () => {
    const withPlaceholder = <DeferredDetails summary="History" placeholder={<p role="status">Loading</p>}><p data-testid="content">Rows</p></DeferredDetails>;
    const container = document.createElement("div");
    container.innerHTML = renderToString(withPlaceholder);
    expect([...container.querySelector("details")!.children].map((child) => child.textContent)).toEqual(["History", "Loading"]);
    const { container: rendered } = render(withPlaceholder);
    const details = rendered.querySelector("details")!;
    expect(details.querySelector("[role=status]")?.textContent).toBe("Loading");
    toggle(details, true);
    expect(details.querySelector("[role=status]")).toBeNull();
    expect(details.querySelector("[data-testid=content]")?.textContent).toBe("Rows");
  });

  it("shows its content when it was opened before the page's script ran", async () => {
    const container = document.createElement("div");
    container.innerHTML = renderToString(view());
    document.body.append(container);
    const details = container.querySelector("details")!;
    expect(details.children).toHaveLength(1);
    // Opened by the browser itself, before React listens for toggle events.
    details.open = true;
    const root = await act(async () => hydrateRoot(container, view()));
    expect(details.querySelector("[data-testid=content]")?.textContent).toBe("Rows");
    act(() => root.unmount());
    container.remove();
  });
});
