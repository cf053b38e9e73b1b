/** Calendar-date arithmetic on YYYY-MM-DD strings, free of time zones and daylight saving. */

/** Adds days to a YYYY-MM-DD date, as a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
