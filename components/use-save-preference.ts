"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { setPreferences } from "@/app/preferences";

/** Saves the language or theme cookie and re-renders; the theme shows at once, before the answer. */
export function useSavePreference() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const save = (name: "locale" | "theme", value: string) => {
    const form = new FormData();
    form.set(name, value);
    if (name === "theme") document.documentElement.dataset.theme = value;
    startTransition(async () => {
      await setPreferences(form);
      router.refresh();
    });
  };
  return { pending, save };
}
