/**
 * The conversation log: what happened with one person, in the order the student says it
 * happened. Stages and next steps are never stored; they are worked out from this log (see
 * stage.ts), so a corrected date or a deleted entry changes the stage at once.
 */
import { v } from '../storage/schema';

/**
 * Kinds of event a plan's log records, in the order a conversation goes: entries on the same
 * day go in this order (see sortedLog). A nudge goes before a reply: nobody nudges after an
 * answer, so a reply dated the day of the nudge answers it.
 */
export const logKinds = [
  /** The first request was sent (`channel` says how). */
  'asked',
  /** The one polite follow-up after a week without a reply. */
  'nudged',
  /** The person answered (yes, or anything short of a no). */
  'replied',
  /** A time was agreed; `meetingAt` holds it (a later entry of this kind moves the meeting). */
  'scheduled',
  /** The conversation took place. */
  'talked',
  /** The thank-you note was sent. */
  'thanked',
  /** The person who referred the student was told how it went. */
  'referrer-told',
  /** A keep-in-touch update was sent. */
  'update-sent',
  /** The plan was closed (`reason` says why); it is kept and can be reopened. */
  'closed',
  /** A closed plan was opened again. */
  'reopened',
] as const;
export type LogKind = (typeof logKinds)[number];

/** Ids of the entries the outreach tool keeps (an older plan's outreach dates became them too). */
export const outreachSentId = 'outreach:sent';
export const outreachMeetingId = 'outreach:meeting';

/** Why a plan was closed. */
export const closeReasons = ['no-reply', 'declined', 'paused'] as const;
export type CloseReason = (typeof closeReasons)[number];

/** One thing that happened. */
export const logEntryShape = v.object({
  /** Unique within the plan. */
  id: v.string(),
  kind: v.picklist(logKinds),
  /** When it happened: an ISO date (YYYY-MM-DD) or an ISO date-time with its offset. */
  at: v.string(),
  /** For 'asked' and 'nudged': the channel id (see the templates collection), '' if not said. */
  channel: v.optional(v.string(), ''),
  /** For 'scheduled': when the conversation is (ISO date-time with offset). */
  meetingAt: v.optional(v.nullable(v.string()), null),
  /** For 'closed'. */
  reason: v.optional(v.nullable(v.picklist(closeReasons)), null),
  /** A short note the student adds. */
  note: v.optional(v.string(), ''),
});
export type LogEntry = v.InferOutput<typeof logEntryShape>;

/** A name the person suggested talking to, and what the student knows of them. */
export const suggestionShape = v.object({
  id: v.string(),
  name: v.string(),
  /** Role or organization, or why they were suggested. */
  note: v.optional(v.string(), ''),
  /** The plan made from this suggestion, once the student made it; null until then. */
  planId: v.optional(v.nullable(v.string()), null),
});
export type Suggestion = v.InferOutput<typeof suggestionShape>;

/** Conversations section of a plan: the log, the debrief and the student's snoozes. */
export const conversationSectionShape = v.object({
  log: v.optional(v.array(logEntryShape), []),
  debrief: v.optional(
    v.object({
      learned: v.optional(v.string(), ''),
      advice: v.optional(v.string(), ''),
      /** Things the student will do next; each can become a custom checklist step. */
      nextSteps: v.optional(v.array(v.string()), []),
      suggested: v.optional(v.array(suggestionShape), []),
    }),
    () => ({ learned: '', advice: '', nextSteps: [], suggested: [] }),
  ),
  /** The plan this one came from, when it was made from a suggestion in that plan's debrief. */
  referredFromPlanId: v.optional(v.nullable(v.string()), null),
  /** Next steps the student put off: the step's key (see stage.ts) and the day it comes back. */
  snoozed: v.optional(v.record(v.string(), v.string()), {}),
});
export type ConversationSection = v.InferOutput<typeof conversationSectionShape>;

/** Stages a conversation moves through, in order; then the three ways a plan is closed. */
export const stages = [
  'to-contact',
  'asked',
  'nudged',
  'scheduled',
  'talked',
  'thanked',
  'keeping-in-touch',
] as const;
export const closedStages = ['closed-no-reply', 'closed-declined', 'paused'] as const;
export type Stage = (typeof stages)[number] | (typeof closedStages)[number];

/** Kinds of next step the rules suggest (see stage.ts). */
export type NextStepKind =
  | 'ask'
  | 'nudge'
  | 'close-no-reply'
  | 'schedule'
  /** Get ready for the agreed conversation (before its time; records nothing). */
  | 'prepare'
  /** Ready: the conversation is still to come (shown, nothing to do). */
  | 'talk'
  /** The agreed time is over: did the conversation happen? */
  | 'confirm'
  | 'thank'
  | 'tell-referrer'
  | 'update';

/** What the rules work out for one plan at a given moment (stage.ts makes it; views and exports read it). */
export interface ConversationStatus {
  stage: Stage;
  /** The latest thing that happened, by date. */
  last: LogEntry | null;
  /** The step to take next, or null when nothing is due (a closed plan). */
  next: {
    /** Stable key of this step within the plan (e.g. 'nudge', 'thank', 'update:2027-03-01'), used for snoozes and calendar UIDs. */
    key: string;
    kind: NextStepKind;
    /** The day it is due, as the student's local ISO date (YYYY-MM-DD). */
    due: string;
    /** For a dated event (the conversation itself), its ISO date-time. */
    at: string | null;
  } | null;
  /** The day the first request went out, or null. */
  sentOn: string | null;
  /** The agreed time of the conversation (still to come, or held), or null. */
  meetingAt: string | null;
  /** When the conversation took place, or null. */
  talkedAt: string | null;
  /**
   * The day the current wait began (the request, a nudge, a reply, the meeting agreed, the talk,
   * the thank-you or the last update), from which the next step is counted; null before any.
   */
  since: string | null;
}
