/**
 * Changes to one plan's conversation, as pure functions from a plan to the next plan: log an
 * event, undo one, snooze a step, fill in the debrief, turn a next step into a checklist step,
 * and make a new plan from a name the person suggested. The page state saves what they return.
 */
import { connectionKinds, planSchema, textLimits, type Plan } from '../plans/plan';
import { localDate } from '../shared/dates';
import type { ConversationSection, LogEntry, NextStepKind } from './log';
import { logEntry } from './record';

/** Makes a unique id (the plans state's makeId in the browser). */
export type IdMaker = () => string;

/** What a new log entry says; the id is made for it. */
export type NewEntry = Pick<LogEntry, 'kind' | 'at'> &
  Partial<Omit<LogEntry, 'id' | 'kind' | 'at'>>;

/** The plan with a new conversation section. */
export const withConversation = (plan: Plan, conversation: ConversationSection): Plan => ({
  ...plan,
  conversation,
});

/** Adds an entry to the plan's log. */
export function addEntry(plan: Plan, entry: NewEntry, newId: IdMaker): Plan {
  return withConversation(plan, {
    ...plan.conversation,
    log: [...plan.conversation.log, logEntry({ ...entry, id: newId() })],
  });
}

/** Removes one entry from the plan's log (a mistake, or a date typed wrong). */
export function removeEntry(plan: Plan, entryId: string): Plan {
  return withConversation(plan, {
    ...plan.conversation,
    log: plan.conversation.log.filter((e) => e.id !== entryId),
  });
}

/** Puts a next step off until the given local date. */
export function snoozeStep(plan: Plan, key: string, until: string): Plan {
  return withConversation(plan, {
    ...plan.conversation,
    snoozed: { ...plan.conversation.snoozed, [key]: until },
  });
}

/**
 * The log entry that marks a next step done on `today`, or null for a step that needs more
 * than a click (agreeing a time needs the time) or that nothing in the log records (getting
 * ready for a conversation, which is still to come). A request or nudge marked done this way
 * records no channel: the click does not say how it went out, and the outreach tool's channel
 * is only its default until the student picks one (its own "mark as sent" records the channel
 * chosen there, see entries.ts).
 */
export function doneEntry(
  next: { kind: NextStepKind; at: string | null },
  now: Date,
): NewEntry | null {
  const today = localDate(now);
  switch (next.kind) {
    case 'ask':
      return { kind: 'asked', at: today, channel: '' };
    case 'nudge':
      return { kind: 'nudged', at: today, channel: '' };
    case 'close-no-reply':
      return { kind: 'closed', at: today, reason: 'no-reply' };
    case 'schedule':
    case 'prepare':
    case 'talk':
      return null;
    case 'confirm':
      // "Yes, we talked": held at the agreed time, which has passed.
      return { kind: 'talked', at: next.at ?? today };
    case 'thank':
      return { kind: 'thanked', at: today };
    case 'tell-referrer':
      return { kind: 'referrer-told', at: today };
    case 'update':
      return { kind: 'update-sent', at: today };
  }
}

/** Reopens a closed plan: it goes back to where it was. */
export function reopen(plan: Plan, now: Date, newId: IdMaker): Plan {
  return addEntry(plan, { kind: 'reopened', at: now.toISOString() }, newId);
}

/** Cuts a line to a form's limit (never inside a surrogate pair). */
export const cut = (text: string, limit: number) =>
  Array.from(text.trim()).slice(0, limit).join('');

/**
 * A new plan for a person, from the one-line form (name, organization, connection) or a name
 * suggested in a debrief (with a role and the referrer too).
 */
export function newPersonPlan(
  person: {
    name: string;
    role?: string;
    organization?: string;
    connection?: string;
    referrer?: string;
  },
  now: Date,
  newId: IdMaker,
): Plan {
  const name = cut(person.name, textLimits.line);
  const connection = connectionKinds.find((k) => k === person.connection) ?? '';
  const stamp = now.toISOString();
  return planSchema.parse({
    id: newId(),
    name: cut(name, textLimits.planName),
    createdAt: stamp,
    updatedAt: stamp,
    person: {
      name,
      role: cut(person.role ?? '', textLimits.line),
      organization: cut(person.organization ?? '', textLimits.line),
      connection,
      referrer: cut(person.referrer ?? '', textLimits.line),
    },
  });
}
