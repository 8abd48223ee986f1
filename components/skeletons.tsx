import { paintsLater } from "@/lib/ui/first-paint-gate";

/**
 * `belowFirstScreen`, on a Suspense fallback's first element only: a media query ("" for everywhere)
 * where the section this stands for starts below the first screen, so the page's first paint does not
 * wait for it (lib/ui/first-paint-gate.ts). Elsewhere it changes nothing.
 */
export function CardSkeleton({ label, height = 280, belowFirstScreen }: { label: string; height?: number; belowFirstScreen?: string }) {
  return (
    <section className="card" aria-busy="true" aria-label={label} {...(belowFirstScreen === undefined ? {} : paintsLater(belowFirstScreen))}>
      <div className="skeleton" style={{ width: "40%", height: "1.4rem", marginBottom: "1rem" }} />
      <div className="skeleton" style={{ height }} />
    </section>
  );
}

export function PageSkeleton({ label }: { label: string }) {
  return (
    <div className="stack" aria-busy="true" aria-label={label}>
      <div className="skeleton" style={{ width: "30%", height: "2rem" }} />
      <CardSkeleton label={label} height={80} />
      <CardSkeleton label={label} />
    </div>
  );
}
