import { notFound } from "next/navigation";

// Any other path under a language is the language's own not-found page.
export default function MissingPage() {
  notFound();
}
