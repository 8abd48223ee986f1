export function CardSkeleton({ label, height = 280 }: { label: string; height?: number }) {
  return (
    <section className="card" aria-busy="true" aria-label={label}>
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
