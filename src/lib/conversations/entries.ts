/**
 * Reading a plan's log: what its dates mean, the log a plan has (its own, or what the outreach
 * section implies for a plan saved before the log existed), and the two entries the outreach
 * tool keeps. Its own module so that the outreach tool loads only this, not the stage rules.
 */
import type { Plan } from '../plans/plan';
import { localDate } from '../outreach/followup';
import type { ConversationSection, LogEntry, LogKind } from './log';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a value is a calendar date (YYYY-MM-DD) rather than a date-time. */
export function isCalendarDate(value: string): boolean {
  return isoDate.test(value);
}

/**
 * The moment a log date stands for: an instant as given (with its offset), a calendar date as
 * the start of that day on the student's clock. NaN when it cannot be read.
 */
export function instantOf(value: string): number {
  if (isCalendarDate(value)) {
    const [y, m, d] = value.split('-').map(Number);
    return new Date(y, m - 1, d).getTime();
  }
  return value ? new Date(value).getTime() : Number.NaN;
}

/** The student's local calendar date of a log date (a calendar date stays as written). */
export function dayOf(value: string): string {
  return isCalendarDate(value) ? value : localDate(new Date(value));
}

/** Whether a log date can be read at all. */
export function isReadableDate(value: string): boolean {
  return !Number.isNaN(instantOf(value));
}

/**
 * On the same moment (two entries on one day), the order a conversation goes in. A nudge goes
 * before a reply: nobody nudges after an answer, so a reply dated the day of the nudge answers it.
 */
export const kindRank: Record<LogKind, number> = {
  asked: 0,
  nudged: 1,
  replied: 2,
  scheduled: 3,
  talked: 4,
  thanked: 5,
  'referrer-told': 6,
  'update-sent': 7,
  closed: 8,
  reopened: 9,
};

/**
 * A log in the order things happened, by date (not by the order they were typed), with
 * unreadable dates left out; entries on the same moment go in {@link kindRank} order. Used by
 * the stage rules and by the CSV import, for whatever entry shape each has.
 */
export function sortedLog<E extends Pick<LogEntry, 'kind' | 'at'>>(log: readonly E[]): E[] {
  if (log.length < 2) return log.filter((e) => isReadableDate(e.at));
  return log
    .map((entry, index) => ({ entry, index, t: instantOf(entry.at) }))
    .filter((x) => !Number.isNaN(x.t))
    .sort(
      (a, b) => a.t - b.t || kindRank[a.entry.kind] - kindRank[b.entry.kind] || a.index - b.index,
    )
    .map((x) => x.entry);
}

/** A log entry, with the fields it does not give at their empty values. */
export const logEntry = (
  e: Pick<LogEntry, 'id' | 'kind' | 'at'> & Partial<LogEntry>,
): LogEntry => ({
  channel: '',
  meetingAt: null,
  reason: null,
  note: '',
  ...e,
});

/** Ids of the log entries the outreach tool keeps ("mark as sent" and the meeting time). */
export const outreachSentId = 'outreach:sent';
export const outreachMeetingId = 'outreach:meeting';

/**
 * The plan's log, or for a plan saved before the log existed, what its outreach section knows:
 * the day the first message went out ('asked') and the meeting time ('scheduled').
 */
export function effectiveLog(plan: Pick<Plan, 'conversation' | 'outreach'>): LogEntry[] {
  const log = plan.conversation.log;
  if (log.length) return log;
  const { sentAt, meetingAt, channel } = plan.outreach;
  const entries: LogEntry[] = [];
  if (sentAt && isReadableDate(sentAt))
    entries.push(logEntry({ id: outreachSentId, kind: 'asked', at: sentAt, channel }));
  if (meetingAt && isReadableDate(meetingAt))
    entries.push(
      logEntry({
        id: outreachMeetingId,
        kind: 'scheduled',
        // When it was agreed is not known; the day of the request is the latest date sure to be before.
        at:
          sentAt && isReadableDate(sentAt) && instantOf(sentAt) <= instantOf(meetingAt)
            ? sentAt
            : meetingAt,
        meetingAt,
      }),
    );
  return entries;
}

/** The log to change: the plan's own, or the entries its outreach section implies (kept, not lost). */
export const editableLog = (plan: Plan) =>
  plan.conversation.log.length ? plan.conversation.log : effectiveLog(plan);

/** The outreach tool's "mark as sent": the 'asked' entry it keeps, set to `sentAt` or removed. */
export function recordSent(plan: Plan, sentAt: string | null): ConversationSection {
  const log = editableLog(plan).filter((e) => e.id !== outreachSentId);
  if (sentAt)
    log.push(
      logEntry({ id: outreachSentId, kind: 'asked', at: sentAt, channel: plan.outreach.channel }),
    );
  return { ...plan.conversation, log };
}

/**
 * The outreach tool's meeting time: the 'scheduled' entry it keeps, agreed `now`, so it is the
 * latest and moves the meeting; removed when the time is cleared.
 */
export function recordMeeting(
  plan: Plan,
  meetingAt: string | null,
  now: Date,
): ConversationSection {
  const log = editableLog(plan).filter((e) => e.id !== outreachMeetingId);
  if (meetingAt)
    log.push(
      logEntry({ id: outreachMeetingId, kind: 'scheduled', at: now.toISOString(), meetingAt }),
    );
  return { ...plan.conversation, log };
}
