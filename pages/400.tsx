// Next.js refuses some requests before proxy.ts or any app route runs (a path that is not valid
// percent-encoding; a Range or If-Match a public file cannot meet) and renders them with the
// pages router. A build without a single pages-router page has no error page for them and answers
// 500 instead. This page gives the pages router a reason to exist; proxy.ts sends a visitor's own
// /400 to the app's not-found page, so only Next's refusals show it.
export default function BadRequest() {
  return (
    <main style={{ fontFamily: "system-ui, sans-serif", padding: "2rem" }}>
      <h1>400</h1>
      <p>Saldo could not read this request.</p>
    </main>
  );
}
