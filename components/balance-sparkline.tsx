import { sparklineFalls, sparklinePath, type SparklinePoint } from "@/lib/ui/sparkline-path";

const WIDTH = 120;
const HEIGHT = 36;

/** A year of an account's balance as a small line, drawn on the server (no script). Decorative: the figures are written beside it. */
export function BalanceSparkline({ points }: { points: readonly SparklinePoint[] }) {
  if (points.length < 2) return null;
  return (
    <svg className={`sparkline${sparklineFalls(points) ? " down" : ""}`} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" aria-hidden="true" focusable="false" data-testid="account-sparkline">
      <path d={sparklinePath(points, WIDTH, HEIGHT)} fill="none" stroke="currentColor" strokeWidth={2} strokeLinejoin="round" strokeLinecap="round" vectorEffect="non-scaling-stroke" />
    </svg>
  );
}
