/**
 * The outreach tool's "what happened and what is due": read from the conversation's log with the
 * conversations page's rules (conversations/stage.ts), and written there. Marking a message
 * sent, the meeting time and the calendar reminders. Loaded with the tool's dates section, when
 * it comes into view.
 */
import { computed, type ReadonlySignal } from '../shared/signals';
import type { Plan } from '../plans/plan';
import { type PlanStore } from '../plans/state';
import { makeId } from '../plans/record';
import { conversationStatus } from '../conversations/stage';
import { instantOf, isCalendarDate, sortedLog } from '../conversations/entries';
import { recordMeeting, recordSent } from '../conversations/record';
import { addEntry, removeEntry, withConversation } from '../conversations/actions.lazy';
import type { ConversationStatus, LogEntry, LogKind } from '../conversations/log';
import { addDays, localDate } from '../shared/dates';
import { keepInTouchAfterDays, thankYouWithinHours } from './followup';
import type { ChannelTemplate } from './generate';
import type { ReminderText } from './reminders.lazy';

/** The dates the outreach tool shows and puts in calendar reminders. */
export interface FollowUps {
  /** Day the first message went out. */
  sentOn: string | null;
  /** Day to send one nudge, while there is no reply. */
  nudge: string | null;
  /** Day to close the request as no reply, a week after the nudge with still no answer. */
  closeBy: string | null;
  /** When the conversation ends (a time), or the day it was held: time to write the thank-you. */
  thanksFrom: Date | string | null;
  /** Deadline for the thank-you note: a time, or a day when only the day of the talk is known. */
  thanksBy: Date | string | null;
  /** Day for a keep-in-touch update. */
  keepInTouch: string | null;
}

/** Next steps that come before the thank-you is written. */
const beforeThanks = new Set(['prepare', 'talk', 'confirm', 'thank']);

/**
 * The follow-up dates that the conversation's status (stage.ts, worked out from its log) leaves
 * to come: the nudge and the day to close it as no reply only while each is the next step, the
 * thank-you until it is logged, the update once there is a conversation. A closed plan has none.
 */
export function followUps(
  status: Pick<ConversationStatus, 'next' | 'sentOn' | 'meetingAt' | 'talkedAt' | 'since'>,
  askMinutes = 20,
): FollowUps {
  const { next } = status;
  const kind = next?.kind ?? '';
  const held = status.talkedAt ?? status.meetingAt;
  const meeting = held && !isCalendarDate(held) ? new Date(instantOf(held)) : null;
  const thanking = beforeThanks.has(kind) && !!held;
  const minutes = askMinutes > 0 ? askMinutes : 20;
  const thanksBy = !thanking
    ? null
    : meeting
      ? new Date(meeting.getTime() + thankYouWithinHours * 3_600_000)
      : next!.due;
  return {
    sentOn: status.sentOn,
    nudge: kind === 'nudge' ? next!.due : null,
    closeBy: kind === 'close-no-reply' ? next!.due : null,
    thanksFrom: !thanking ? null : meeting ? new Date(meeting.getTime() + minutes * 60_000) : held,
    thanksBy,
    // The update is due a few months after the thank-you or the last update (stage.ts): counted
    // from the day the thank-you is due, so the date stays the same once it is sent on time, or,
    // with the referrer still to tell, from the start of the wait the stage rules count from.
    keepInTouch:
      kind === 'update'
        ? next!.due
        : thanksBy
          ? addDays(
              typeof thanksBy === 'string' ? thanksBy : localDate(thanksBy),
              keepInTouchAfterDays,
            )
          : kind === 'tell-referrer'
            ? addDays(status.since!, keepInTouchAfterDays)
            : null,
  };
}

/** What sending each kind of message records in the log. */
export const sentKinds: Record<ChannelTemplate['stage'], LogKind> = {
  first: 'asked',
  nudge: 'nudged',
  thanks: 'thanked',
  update: 'update-sent',
};

/** Creates the dates state for the plan store's current plan and the chosen template. */
export function createOutreachDates(
  store: PlanStore,
  template: ReadonlySignal<ChannelTemplate>,
  clock = () => new Date(),
) {
  const plan = store.current;
  // Worked out from the log, as on the conversations page; a new plan or entry works it out again.
  const status = computed(() => conversationStatus(plan.value, clock()));
  /** The latest log entry of each kind of message sent, whichever tool logged it. */
  const sentLog = computed(() => {
    const latest: Partial<Record<LogKind, LogEntry>> = {};
    for (const e of sortedLog(plan.value.conversation.log)) latest[e.kind] = e;
    return latest;
  });
  /** The latest log entry that sending this channel's kind of message makes, if any. */
  const sent = computed(() => sentLog.value[sentKinds[template.value.stage]]);
  const dates = computed(() => followUps(status.value, plan.value.outreach.askMinutes));
  /** Saves the plan as `update` changes it (its log). */
  const log = (update: (p: Plan) => Plan) =>
    store.updateSection('conversation', () => update(plan.value).conversation);

  return {
    status,
    sentLog,
    sent,
    dates,
    /**
     * Marks this channel's message sent today, in the log ('asked' for a first message, then
     * 'nudged', 'thanked' or 'update-sent'); false takes back the latest such entry, whichever
     * tool logged it.
     */
    markSent(on: boolean, now = clock()) {
      const t = template.value;
      const kind = sentKinds[t.stage];
      const day = localDate(now);
      const taken = sent.value;
      if (!on) log((p) => (taken ? removeEntry(p, taken.id) : p));
      else if (kind === 'asked') log((p) => withConversation(p, recordSent(p, day)));
      else
        log((p) =>
          addEntry(
            p,
            { kind, at: day, channel: kind === 'nudged' && t.medium === 'email' ? 'email' : '' },
            makeId,
          ),
        );
    },
    /**
     * Records the conversation's date and time from a datetime-local value, as the log's latest
     * 'scheduled' entry (a new time moves the meeting; '' takes the time back).
     */
    setMeeting(value: string, now = clock()) {
      const date = value ? new Date(value) : null;
      const meetingAt = date && !Number.isNaN(date.getTime()) ? date.toISOString() : null;
      log((p) => withConversation(p, recordMeeting(p, meetingAt, now)));
    },
    /**
     * An .ics file with the known follow-up reminders, or null when there are none. The
     * calendar writer loads only when asked for.
     */
    async calendar(text: ReminderText & { fallbackName: string }, host: string, now = clock()) {
      const [{ buildCalendar }, { reminderEvents }] = await Promise.all([
        import('../shared/ics.lazy'),
        import('./reminders.lazy'),
      ]);
      const events = reminderEvents(dates.value, text, {
        planId: plan.value.id,
        name: plan.value.person.name.trim() || text.fallbackName,
        host,
      });
      return events.length
        ? buildCalendar(events, { prodId: '-//Informational Interview Toolkit//Outreach//EN', now })
        : null;
    },
  };
}

/** The dates section's state, as returned by createOutreachDates. */
export type OutreachDates = ReturnType<typeof createOutreachDates>;
