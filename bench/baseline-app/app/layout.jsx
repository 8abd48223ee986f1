// The Lighthouse bench's baseline: the smallest App Router page (no client component of its own), built
// with the same Next.js and React, so each page's figures can be read against the framework's own cost
// measured in the same run on the same machine.
export const metadata = { title: "Saldo baseline" };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
