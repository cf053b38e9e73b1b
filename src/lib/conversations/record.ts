/**
 * Writing a plan's log: a new entry with its empty fields, and the two entries the outreach tool
 * and Today's "it moved" keep (the request sent, the meeting time). Loaded with the actions that
 * write (the conversations page's one-click actions, the outreach tool's dates).
 */
import type { Plan } from '../plans/plan';
import { outreachMeetingId, outreachSentId, type ConversationSection, type LogEntry } from './log';
import { sortedLog } from './entries';

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

/**
 * The outreach tool's "mark as sent": the 'asked' entry it keeps, set to `sentAt` or removed.
 * The channel is the one the student wrote on in that tool.
 */
export function recordSent(plan: Plan, sentAt: string | null): ConversationSection {
  const log = plan.conversation.log.filter((e) => e.id !== outreachSentId);
  if (sentAt)
    log.push(
      logEntry({ id: outreachSentId, kind: 'asked', at: sentAt, channel: plan.outreach.channel }),
    );
  return { ...plan.conversation, log };
}

/**
 * A meeting time, from the outreach tool or from Today ("it moved"): the 'scheduled' entry these
 * keep, agreed `now`, so it is the latest and sets the meeting. Null takes back the time shown:
 * the latest 'scheduled' entry, whoever logged it, so an earlier time (if any) shows again.
 */
export function recordMeeting(
  plan: Plan,
  meetingAt: string | null,
  now: Date,
): ConversationSection {
  const log = plan.conversation.log;
  const shown = sortedLog(log).findLast((e) => e.kind === 'scheduled');
  const drop = meetingAt ? outreachMeetingId : shown?.id;
  const kept = log.filter((e) => e.id !== drop);
  if (meetingAt)
    kept.push(
      logEntry({ id: outreachMeetingId, kind: 'scheduled', at: now.toISOString(), meetingAt }),
    );
  return { ...plan.conversation, log: kept };
}
