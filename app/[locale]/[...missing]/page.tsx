import { notFound } from "next/navigation";

// Only ever the not-found page: there is no navigation into it to check for an instant UI.
export const instant = false;

// Any other path under a language is the language's own not-found page.
export default function MissingPage() {
  notFound();
}
