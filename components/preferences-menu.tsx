"use client";

import { useEffect, useRef } from "react";
import { useSavePreference } from "./use-save-preference";

interface Props {
  locale: "nb" | "en";
  theme: "system" | "light" | "dark";
  labels: { language: string; theme: string; system: string; light: string; dark: string };
}

type Choice = { locale: string; theme: string };

/**
 * Language and theme switches: plain selects, so they work with keyboard and screen readers.
 * Uncontrolled, so React never puts back a value the owner picked: a pick made while the page was
 * still hydrating fired no onChange (or React replays it later, when a controlled select would
 * already show the old value again). Whatever the selects show once hydrated is what gets saved.
 */
export function PreferencesMenu({ locale, theme, labels }: Props) {
  const { pending, save } = useSavePreference();
  const selects = useRef<{ locale: HTMLSelectElement | null; theme: HTMLSelectElement | null }>({ locale: null, theme: null });
  const saved = useRef<Choice>({ locale, theme });
  const hydrated = useRef(false);
  const choose = (name: keyof Choice, value: string) => {
    if (saved.current[name] === value) return;
    saved.current = { ...saved.current, [name]: value };
    save(name, value);
  };
  useEffect(() => {
    if (!hydrated.current) {
      hydrated.current = true;
      for (const name of ["theme", "locale"] as const) {
        const value = selects.current[name]?.value;
        if (value) choose(name, value);
      }
      return;
    }
    // A choice made elsewhere (the header's menu) arrives as new props: the selects follow it.
    saved.current = { locale, theme };
    if (selects.current.locale) selects.current.locale.value = locale;
    if (selects.current.theme) selects.current.theme.value = theme;
    // choose only reads refs; the effect follows the server's values alone.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [locale, theme]);
  return (
    <div className="header-tools" aria-busy={pending}>
      <label>
        <span className="sr-only">{labels.language}</span>
        <select
          ref={(element) => void (selects.current.locale = element)}
          aria-label={labels.language}
          defaultValue={locale}
          onChange={(event) => choose("locale", event.currentTarget.value)}
        >
          <option value="nb">Norsk</option>
          <option value="en">English</option>
        </select>
      </label>
      <label>
        <span className="sr-only">{labels.theme}</span>
        <select
          ref={(element) => void (selects.current.theme = element)}
          aria-label={labels.theme}
          defaultValue={theme}
          onChange={(event) => choose("theme", event.currentTarget.value)}
        >
          <option value="system">{labels.system}</option>
          <option value="light">{labels.light}</option>
          <option value="dark">{labels.dark}</option>
        </select>
      </label>
    </div>
  );
}
