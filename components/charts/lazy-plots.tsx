"use client";

import { lazy, Suspense, useState, type ComponentProps, type ReactNode } from "react";

// recharts is most of the charts' JavaScript and its first render measures every tick label. A
// chart nobody touches costs no main-thread time: the server's SVG (static-plots.tsx) is the chart,
// and recharts (its own chunk, no animations) replaces it on the first pointer, touch or focus.
const PLOTS = {
  balance: lazy(() => import("./balance-plot")),
  cashFlow: lazy(() => import("./cash-flow-plot")),
  merchants: lazy(() => import("./merchants-plot")),
  forecast: lazy(() => import("./forecast-plot")),
  seriesHistory: lazy(() => import("./series-history-plot")),
};

type Plots = typeof PLOTS;

interface Props<K extends keyof Plots> {
  kind: K;
  props: ComponentProps<Plots[K]>;
  /** The server-drawn chart, shown until recharts has rendered. */
  children: ReactNode;
}

export function InteractivePlot<K extends keyof Plots>({ kind, props, children }: Props<K>) {
  const [active, setActive] = useState(false);
  // Each kind's props are checked where the kind is chosen (Props<K>); the lookup loses that link.
  const Plot = PLOTS[kind] as unknown as (props: object) => ReactNode;
  const activate = () => setActive(true);
  return (
    <div className="interactive-plot" data-interactive={active ? "recharts" : "static"} onPointerEnter={activate} onTouchStart={activate} onFocus={activate}>
      {active ? (
        <Suspense fallback={children}>
          <Plot {...(props as object)} />
        </Suspense>
      ) : (
        children
      )}
    </div>
  );
}
