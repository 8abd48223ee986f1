"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useState, useTransition } from "react";

function useSetParam() {
  const router = useRouter();
  const pathname = usePathname() ?? "/";
  const params = useSearchParams();
  const [pending, startTransition] = useTransition();
  const set = (name: string, value: string | null) => {
    const next = new URLSearchParams(params?.toString());
    if (value === null || value === "") next.delete(name);
    else next.set(name, value);
    const query = next.toString();
    startTransition(() => router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false }));
  };
  return { set, pending, params };
}

/** A select bound to one URL parameter, so the view can be bookmarked and survives a reload. */
export function UrlSelect({ name, label, options, value }: { name: string; label: string; options: { value: string; label: string }[]; value: string }) {
  const { set, pending } = useSetParam();
  const [selected, setSelected] = useState(value);
  return (
    <label>
      {label}
      <select
        name={name}
        value={selected}
        aria-busy={pending}
        onChange={(event) => {
          setSelected(event.target.value);
          set(name, event.target.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function UrlCheckbox({ name, label, checked, onValue }: { name: string; label: string; checked: boolean; onValue: string }) {
  const { set, pending } = useSetParam();
  // Shown at once; the URL (and so the server-rendered figures) follows.
  const [on, setOn] = useState(checked);
  return (
    <label style={{ display: "flex", gap: "0.4rem", alignItems: "center" }}>
      <input
        type="checkbox"
        style={{ minHeight: "auto" }}
        checked={on}
        aria-busy={pending}
        onChange={(event) => {
          setOn(event.target.checked);
          set(name, event.target.checked ? onValue : null);
        }}
      />
      {label}
    </label>
  );
}
