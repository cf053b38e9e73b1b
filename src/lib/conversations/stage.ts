/**
 * Stage and next step of a conversation, worked out from its log and the etiquette the guides
 * teach: ask within a week of adding someone; one nudge a week after a request with no reply
 * (never a second one); a week after the nudge with still no reply, close it as no reply; answer
 * a reply by agreeing a time; talk at the agreed time; thank within a day; tell the person who
 * referred you within a week; then a short update every few months. Nothing here is stored:
 * a corrected date or a deleted entry changes the stage at once. Every tool reads a plan's
 * state from here: the conversations page, Today, the outreach tool's dates and reminders.
 *
 * The conversation itself is two steps: before the agreed time, getting ready (which records
 * nothing); once the time is over, asking whether it happened.
 *
 * Dates: an entry's `at` is a calendar date (YYYY-MM-DD, the student's own day) or a date-time
 * with its offset (an instant). Due dates are the student's local calendar dates.
 */
import type { Plan } from '../plans/plan';
import { addDays, localDate } from '../shared/dates';
import { keepInTouchAfterDays, nudgeAfterDays, thankYouWithinHours } from '../outreach/followup';
import type { ConversationStatus, LogEntry, NextStepKind, Stage } from './log';
import { dayOf, instantOf, isCalendarDate, isReadableDate, sortedLog } from './entries';

/**
 * Days after adding a person by which to write to them: the one-month plan lists people in
 * week 1 and writes to them in week 2.
 */
export const askWithinDays = 7;
/** Days after the nudge with still no reply before suggesting to close it as no reply. */
export const closeAfterNudgeDays = 7;
/** Days to answer a reply with a time (a prompt answer keeps the yes warm). */
export const scheduleWithinDays = 2;
/** Days after the conversation by which to tell the person who referred you how it went. */
export const tellReferrerWithinDays = 7;

/** Where the walk through the log has got to. */
interface Walk {
  stage: Stage;
  /** Local day of the step that starts the current wait (request, nudge, reply, last contact). */
  since: string | null;
  replied: boolean;
  meetingAt: string | null;
  talkedAt: string | null;
  /** Local day of the first request. */
  sentOn: string | null;
  referrerTold: boolean;
  /** Stage before the plan was closed, for reopening. */
  before: Walk | null;
}

const closedStage = {
  'no-reply': 'closed-no-reply',
  declined: 'closed-declined',
  paused: 'paused',
} as const;

// Stages before anyone answered (hoisted: this runs for every entry of every plan).
const beforeReply: ReadonlySet<Stage> = new Set(['to-contact', 'asked', 'nudged']);

function step(w: Walk, e: LogEntry): Walk {
  const day = dayOf(e.at);
  switch (e.kind) {
    case 'asked':
      // A request again after the conversation changes nothing; before it, it restarts the wait.
      return beforeReply.has(w.stage)
        ? { ...w, stage: 'asked', since: day, replied: false, sentOn: w.sentOn ?? day }
        : w;
    case 'nudged':
      return w.stage === 'asked' || w.stage === 'to-contact'
        ? { ...w, stage: 'nudged', since: day }
        : w;
    case 'replied':
      // A late answer to a plan closed as no reply opens it again.
      if (w.stage === 'closed-no-reply' && w.before) return step(w.before, e);
      return beforeReply.has(w.stage)
        ? { ...w, stage: w.stage === 'to-contact' ? 'asked' : w.stage, since: day, replied: true }
        : w;
    case 'scheduled':
      // A later 'scheduled' entry moves the meeting; after the talk it is a new meeting time.
      return w.talkedAt
        ? w
        : {
            ...w,
            stage: 'scheduled',
            since: day,
            replied: true,
            meetingAt: e.meetingAt ?? w.meetingAt,
          };
    case 'talked':
      return { ...w, stage: 'talked', since: day, talkedAt: e.at, replied: true };
    case 'thanked':
      return { ...w, stage: w.stage === 'keeping-in-touch' ? w.stage : 'thanked', since: day };
    case 'referrer-told':
      return { ...w, referrerTold: true };
    case 'update-sent':
      return { ...w, stage: 'keeping-in-touch', since: day };
    case 'closed':
      return {
        ...w,
        stage: closedStage[e.reason ?? 'paused'],
        before: w.before ?? w,
      };
    case 'reopened':
      return w.before ? { ...w.before } : w;
  }
}

type NextStep = NonNullable<ConversationStatus['next']>;

/** A next step due on `due`; its snooze key is its kind unless given (updates recur). */
const dueStep = (
  kind: NextStepKind,
  due: string,
  at: string | null = null,
  key: string = kind,
): NextStep => ({
  key,
  kind,
  due,
  at,
});

/** Key under `snoozed` that marks the student ready for the conversation at `meetingAt`. */
export const preparedKey = (meetingAt: string) => `prepare:${meetingAt}`;

/** The next step, before snoozes, for a walk that ended where `w` is. */
function nextStep(
  w: Walk,
  plan: Pick<Plan, 'createdAt' | 'person' | 'outreach' | 'conversation'>,
  now: Date,
): NextStep | null {
  const today = localDate(now);
  const referral = plan.person.connection === 'referral' && plan.person.referrer.trim() !== '';
  switch (w.stage) {
    case 'closed-no-reply':
    case 'closed-declined':
    case 'paused':
      return null;
    case 'to-contact':
      return dueStep('ask', addDays(dayOf(plan.createdAt) || today, askWithinDays));
    case 'asked':
    case 'nudged':
      if (w.replied) return dueStep('schedule', addDays(w.since!, scheduleWithinDays));
      return w.stage === 'asked'
        ? dueStep('nudge', addDays(w.since!, nudgeAfterDays))
        : dueStep('close-no-reply', addDays(w.since!, closeAfterNudgeDays));
    case 'scheduled': {
      const at = w.meetingAt;
      if (!at || !isReadableDate(at)) return dueStep('schedule', w.since ?? today);
      const day = dayOf(at);
      // Over once its planned length has passed: then ask whether it happened.
      const end = instantOf(at) + (plan.outreach.askMinutes || 20) * 60_000;
      if (end <= now.getTime()) return dueStep('confirm', day, at, `confirm:${at}`);
      const key = preparedKey(at);
      return key in plan.conversation.snoozed
        ? dueStep('talk', day, at, `talk:${at}`)
        : dueStep('prepare', day, at, key);
    }
    case 'talked': {
      const talked = w.talkedAt!;
      return dueStep(
        'thank',
        isCalendarDate(talked)
          ? addDays(talked, Math.ceil(thankYouWithinHours / 24))
          : localDate(new Date(instantOf(talked) + thankYouWithinHours * 3_600_000)),
      );
    }
    case 'thanked':
    case 'keeping-in-touch': {
      if (referral && !w.referrerTold && w.talkedAt)
        return dueStep('tell-referrer', addDays(dayOf(w.talkedAt), tellReferrerWithinDays));
      const due = addDays(w.since!, keepInTouchAfterDays);
      return dueStep('update', due, null, `update:${due}`);
    }
  }
}

/** The stage of a plan and its next step with the day it is due, at the moment `now`. */
export function conversationStatus(
  plan: Pick<Plan, 'createdAt' | 'person' | 'outreach' | 'conversation'>,
  // Only a plan with no readable creation date looks at the clock; the rest follows from the log.
  now: Date,
): ConversationStatus {
  const log = sortedLog(plan.conversation.log);
  const start: Walk = {
    stage: 'to-contact',
    since: null,
    replied: false,
    meetingAt: null,
    talkedAt: null,
    sentOn: null,
    referrerTold: false,
    before: null,
  };
  const w = log.reduce(step, start);
  const next = nextStep(w, plan, now);
  if (next) {
    const snooze = plan.conversation.snoozed[next.key];
    if (snooze && isCalendarDate(snooze) && snooze > next.due) next.due = snooze;
  }
  // The walk's own bookkeeping stays here; the rest of it is the status.
  const { replied: _replied, referrerTold: _told, before: _before, ...shown } = w;
  return { ...shown, last: log.at(-1) ?? null, next };
}
