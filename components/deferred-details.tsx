"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * A closed `<details>` whose content enters the page when it is first opened, and stays. A list of
 * closed details (each series' history on the subscriptions page) then costs no markup to parse, no
 * elements to hydrate and no server-side HTML until someone asks for one. Until then it holds
 * `placeholder`, which shows only when the browser opens it before the page's script has run.
 */
export function DeferredDetails({ summary, children, placeholder = null }: { summary: ReactNode; children: ReactNode; placeholder?: ReactNode }) {
  const [opened, setOpened] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  // Opened before the page's script ran: the toggle event came before React was listening.
  useEffect(() => {
    if (details.current?.open) setOpened(true);
  }, []);
  return (
    <details ref={details} onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary>{summary}</summary>
      {opened ? children : placeholder}
    </details>
  );
}
