/**
 * Follow-up dates worked out from the plan: one nudge at least a week after the first message
 * if no conversation is booked, a thank-you note within 24 hours of the conversation, and a
 * keep-in-touch update a few months later. Each becomes a calendar reminder.
 */
import { addDays } from '../shared/dates';

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

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** The dates that follow from sending and meeting. */
export interface FollowUps {
  /** Day to send one nudge if there is no reply and no conversation booked. */
  nudge: string | null;
  /** When the conversation ends: time to write the thank-you note. */
  thanksFrom: Date | null;
  /** Deadline for the thank-you note. */
  thanksBy: Date | null;
  /** Day for a keep-in-touch update. */
  keepInTouch: string | null;
}

/** Works out follow-up dates from the outreach section (sentAt, meetingAt, askMinutes). */
export function followUps(outreach: {
  sentAt?: string | null;
  meetingAt?: string | null;
  askMinutes?: number;
}): FollowUps {
  const meeting = parseInstant(outreach.meetingAt);
  const sent =
    typeof outreach.sentAt === 'string' && isoDate.test(outreach.sentAt) ? outreach.sentAt : null;
  const minutes = outreach.askMinutes && outreach.askMinutes > 0 ? outreach.askMinutes : 20;
  return {
    nudge: sent && !meeting ? addDays(sent, nudgeAfterDays) : null,
    thanksFrom: meeting && new Date(meeting.getTime() + minutes * 60_000),
    thanksBy: meeting && new Date(meeting.getTime() + thankYouWithinHours * 3_600_000),
    keepInTouch: meeting && addDays(localDate(meeting), keepInTouchAfterDays),
  };
}
