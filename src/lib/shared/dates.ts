/**
 * Dates: calendar arithmetic on YYYY-MM-DD strings (free of time zones and daylight saving), and
 * the day and time a moment shows on the student's clock.
 */

/** Adds days to a YYYY-MM-DD date, as a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Days from one YYYY-MM-DD date to another (a date without a time is read as UTC midnight). */
export const daysBetween = (from: string, to: string) =>
  (Date.parse(to) - Date.parse(from)) / 86_400_000;

/** A number as two digits: 7 as 07. */
export const twoDigits = (n: number) => String(n).padStart(2, '0');

/** The calendar date (YYYY-MM-DD) of a moment on the student's clock. */
export function localDate(date: Date): string {
  return `${date.getFullYear()}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())}`;
}
