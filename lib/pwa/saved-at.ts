/** When a saved copy's data was current, as its banner says it: "30. nov. 08:41" / "30 Nov 08:41", Oslo time. */
export function savedAtText(at: Date, intlLocale: string): string {
  const format = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(intlLocale, { ...options, timeZone: "Europe/Oslo" }).format(at);
  return `${format({ day: "numeric", month: "short" })} ${format({ hour: "2-digit", minute: "2-digit" })}`;
}
