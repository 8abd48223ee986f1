"use client";

import dynamic from "next/dynamic";

// recharts is most of the dashboard's JavaScript: it loads after the page is interactive, in its
// own chunk, while each card already shows its title, figures and table toggle.
const placeholder = () => <div className="skeleton" style={{ height: "100%" }} aria-hidden />;

export const CashFlowPlot = dynamic(() => import("./cash-flow-plot"), { ssr: false, loading: placeholder });
export const BalancePlot = dynamic(() => import("./balance-plot"), { ssr: false, loading: placeholder });
export const MerchantsPlot = dynamic(() => import("./merchants-plot"), { ssr: false, loading: placeholder });
export const CategoryPlot = dynamic(() => import("./category-plot"), { ssr: false, loading: placeholder });
export const ForecastPlot = dynamic(() => import("./forecast-plot"), { ssr: false, loading: placeholder });
export const SeriesHistoryPlot = dynamic(() => import("./series-history-plot"), { ssr: false, loading: placeholder });
