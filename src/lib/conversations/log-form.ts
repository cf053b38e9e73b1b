/**
 * The "log what happened" form's rules: which kinds it offers, and checking what was typed
 * into an entry (loaded with the form, on request).
 */
import { closeReasons, logKinds, type CloseReason, type LogKind } from './log';
import type { NewEntry } from './actions.lazy';
import { isCalendarDate, isReadableDate } from './entries';

/**
 * Kinds the "log something" form offers, in the order a conversation goes: every kind but
 * 'reopened', which the Reopen button logs.
 */
export const loggableKinds: readonly LogKind[] = logKinds.filter((k) => k !== 'reopened');

/** A problem with what the student typed in the "log something" form. */
export type EntryProblem = 'date' | 'meeting' | 'reason';

/**
 * Checks and builds an entry from the form: a readable date, a meeting time for 'scheduled',
 * a reason for 'closed'. Returns the entry or the field that needs fixing.
 */
export function entryFromForm(form: {
  kind: LogKind;
  date: string;
  meeting?: string;
  reason?: string;
  channel?: string;
}): NewEntry | EntryProblem {
  if (!isCalendarDate(form.date) || !isReadableDate(form.date)) return 'date';
  const entry: NewEntry = { kind: form.kind, at: form.date };
  if (form.kind === 'scheduled') {
    const meeting = form.meeting ? new Date(form.meeting) : null;
    if (!meeting || Number.isNaN(meeting.getTime())) return 'meeting';
    entry.meetingAt = meeting.toISOString();
  }
  if (form.kind === 'closed') {
    if (!closeReasons.includes(form.reason as CloseReason)) return 'reason';
    entry.reason = form.reason as CloseReason;
  }
  if ((form.kind === 'asked' || form.kind === 'nudged') && form.channel)
    entry.channel = form.channel;
  return entry;
}
