// Month and day arithmetic on "yyyy-MM" / "yyyy-MM-dd" strings as plain integers, so no Date in a
// local time zone can shift a row to another day. The per-row parsers read char codes because the
// dashboard runs them over every stored transaction.
const ZERO = 48;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Whether a text is a month as yyyy-MM. */
export function isMonth(value: string): boolean {
  return MONTH.test(value);
}
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function assertMonth(value: string): void {
  if (!MONTH.test(value)) throw new RangeError(`Expected a month as yyyy-MM, got "${value}"`);
}

export function assertDay(value: string): void {
  if (!DAY.test(value)) throw new RangeError(`Expected a day as yyyy-MM-dd, got "${value}"`);
}

function digit(value: string, at: number): number {
  return value.charCodeAt(at) - ZERO;
}

/** year × 12 + (month − 1) of a "yyyy-MM" or "yyyy-MM-dd" string. */
export function monthIndex(value: string): number {
  const year = digit(value, 0) * 1000 + digit(value, 1) * 100 + digit(value, 2) * 10 + digit(value, 3);
  return year * 12 + digit(value, 5) * 10 + digit(value, 6) - 1;
}

export function dayOfMonth(day: string): number {
  return digit(day, 8) * 10 + digit(day, 9);
}

export function monthFromIndex(index: number): string {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}`;
}

export function addMonths(month: string, months: number): string {
  return monthFromIndex(monthIndex(month) + months);
}

export function daysInMonth(index: number): number {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a month index and day of month (Howard Hinnant's days_from_civil). */
export function dayNumberOf(index: number, dayOfMonthValue: number): number {
  let year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  if (month <= 2) year -= 1;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + dayOfMonthValue - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

export function dayNumber(day: string): number {
  return dayNumberOf(monthIndex(day), dayOfMonth(day));
}

/** "yyyy-MM-dd" of a day number (Hinnant's civil_from_days); cheaper than a Date per chart point. */
export function dayFromNumber(dayNumberValue: number): string {
  const shifted = dayNumberValue + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
}

const labelCollator = new Intl.Collator("nb");

/** Norwegian alphabetical order (æ, ø, å last), with a code-unit fallback so the order is total. */
export function compareLabels(a: string, b: string): number {
  return labelCollator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
