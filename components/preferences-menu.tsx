"use client";

import { useSavePreference } from "./use-save-preference";

interface Props {
  locale: "nb" | "en";
  theme: "system" | "light" | "dark";
  labels: { language: string; theme: string; system: string; light: string; dark: string };
}

/** Language and theme switches: plain selects, so they work with keyboard and screen readers. */
export function PreferencesMenu({ locale, theme, labels }: Props) {
  const { pending, save } = useSavePreference();
  return (
    <div className="header-tools" aria-busy={pending}>
      <label>
        <span className="sr-only">{labels.language}</span>
        <select aria-label={labels.language} value={locale} onChange={(event) => save("locale", event.target.value)}>
          <option value="nb">Norsk</option>
          <option value="en">English</option>
        </select>
      </label>
      <label>
        <span className="sr-only">{labels.theme}</span>
        <select aria-label={labels.theme} value={theme} onChange={(event) => save("theme", event.target.value)}>
          <option value="system">{labels.system}</option>
          <option value="light">{labels.light}</option>
          <option value="dark">{labels.dark}</option>
        </select>
      </label>
    </div>
  );
}
