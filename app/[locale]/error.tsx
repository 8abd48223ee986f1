"use client";

import { useParams } from "next/navigation";

// Rendered inside the root layout when a page throws; no server data is available here, so the
// text follows the language of the route.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const english = useParams<{ locale?: string }>()?.locale === "en";
  return (
    <section className="card stack" role="alert">
      <h1>{english ? "Something went wrong" : "Noe gikk galt"}</h1>
      <p className="muted">
        {english ? "The page could not be shown. Your data is safe; try again." : "Siden kunne ikke vises. Dataene dine er i behold; prøv igjen."}
      </p>
      <div>
        <button type="button" className="button" onClick={reset}>
          {english ? "Retry" : "Prøv igjen"}
        </button>
      </div>
    </section>
  );
}
