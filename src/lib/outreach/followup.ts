/**
 * Follow-up timing: one nudge a week after the first message if there is no reply, a thank-you
 * note within 24 hours of the conversation, and a keep-in-touch update a few months later (the
 * stage rules in conversations/stage.ts and the outreach tool's dates, ./dates.ts, use them);
 * and the local dates both read.
 */

/** Days to wait for a reply before one polite nudge. */
export const nudgeAfterDays = 7;
/** Hours after the conversation by which the thank-you note should be sent. */
export const thankYouWithinHours = 24;
/** Days after the conversation for a keep-in-touch update. */
export const keepInTouchAfterDays = 90;

/** A local calendar date as YYYY-MM-DD (the day the student sees on their own clock). */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A Date as the value of an <input type="datetime-local"> in local time. */
export function localDateTimeInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${localDate(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Parses an ISO date-time; null for empty or invalid values. */
export function parseInstant(value: unknown): Date | null {
  if (typeof value !== 'string' || !value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}
