import Link from "next/link";

export default function Page() {
  return (
    <main>
      <h1>Saldo</h1>
      <p>Self-hosted personal finance dashboard for SpareBank 1 customers.</p>
      <form>
        <button type="submit">Log in with your bank</button>
      </form>
      <Link href="/">Home</Link>
    </main>
  );
}
