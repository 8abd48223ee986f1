"use client";

import { lazy, Suspense, useState } from "react";
import type { SheetProps } from "./sheet";

const loadSheet = () => import("./sheet");
const Sheet = lazy(loadSheet);

/** Starts loading the sheet's code when a pointer or focus reaches the button that opens it. */
export function preloadSheet() {
  void loadSheet();
}

/**
 * The sheet's dialog code (Radix) is not part of any page's first load: it is fetched on the
 * first open, and stays mounted afterwards so closing it returns focus the usual way.
 */
export function LazySheet(props: SheetProps) {
  const [wanted, setWanted] = useState(props.open);
  if (props.open && !wanted) setWanted(true);
  if (!wanted) return null;
  return (
    <Suspense fallback={null}>
      <Sheet {...props} />
    </Suspense>
  );
}
