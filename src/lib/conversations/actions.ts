/**
 * Changes to one plan's conversation, as pure functions from a plan to the next plan: log an
 * event, undo one, snooze a step, fill in the debrief, turn a next step into a checklist step,
 * and make a new plan from a name the person suggested. The page state saves what they return.
 */
import { connectionKinds, planSchema, textLimits, type Plan } from '../plans/plan';
import { fill } from '../shared/fill';
import { localDate } from '../outreach/followup';
import {
  closeReasons,
  type CloseReason,
  type ConversationSection,
  type LogEntry,
  type LogKind,
  type NextStepKind,
} from './log';
import { effectiveLog, isReadableDate, outreachMeetingId, outreachSentId } from './stage';

/** Makes a unique id (the plans state's makeId in the browser). */
export type IdMaker = () => string;

/** What a new log entry says; the id is made for it. */
export type NewEntry = Pick<LogEntry, 'kind' | 'at'> &
  Partial<Omit<LogEntry, 'id' | 'kind' | 'at'>>;

const withConversation = (plan: Plan, conversation: ConversationSection): Plan => ({
  ...plan,
  conversation,
});

/** The log to change: the plan's own, or the entries its outreach section implies (kept, not lost). */
const baseLog = (plan: Plan) =>
  plan.conversation.log.length ? plan.conversation.log : effectiveLog(plan);

/** Adds an entry to the plan's log. */
export function addEntry(plan: Plan, entry: NewEntry, newId: IdMaker): Plan {
  const full: LogEntry = {
    channel: '',
    meetingAt: null,
    reason: null,
    note: '',
    ...entry,
    id: newId(),
  };
  return withConversation(plan, { ...plan.conversation, log: [...baseLog(plan), full] });
}

/** Removes one entry from the plan's log (a mistake, or a date typed wrong). */
export function removeEntry(plan: Plan, entryId: string): Plan {
  return withConversation(plan, {
    ...plan.conversation,
    log: baseLog(plan).filter((e) => e.id !== entryId),
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
 * than a click (agreeing a time needs the time).
 */
export function doneEntry(
  plan: Plan,
  next: { kind: NextStepKind; at: string | null },
  now: Date,
): NewEntry | null {
  const today = localDate(now);
  switch (next.kind) {
    case 'ask':
      return { kind: 'asked', at: today, channel: plan.outreach.channel };
    case 'nudge':
      return { kind: 'nudged', at: today, channel: plan.outreach.channel };
    case 'close-no-reply':
      return { kind: 'closed', at: today, reason: 'no-reply' };
    case 'schedule':
      return null;
    case 'talk':
      // Held at the agreed time when that has passed; otherwise today.
      return {
        kind: 'talked',
        at: next.at && new Date(next.at).getTime() <= now.getTime() ? next.at : today,
      };
    case 'thank':
      return { kind: 'thanked', at: today };
    case 'tell-referrer':
      return { kind: 'referrer-told', at: today };
    case 'update':
      return { kind: 'update-sent', at: today };
  }
}

/** Kinds the "log something" form offers, in the order a conversation goes. */
export const loggableKinds: readonly LogKind[] = [
  'asked',
  'replied',
  'nudged',
  'scheduled',
  'talked',
  'thanked',
  'referrer-told',
  'update-sent',
  'closed',
];

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
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.date) || !isReadableDate(form.date)) return 'date';
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

/** Reopens a closed plan: it goes back to where it was. */
export function reopen(plan: Plan, now: Date, newId: IdMaker): Plan {
  return addEntry(plan, { kind: 'reopened', at: now.toISOString() }, newId);
}

/** The outreach tool's "mark as sent": the 'asked' entry it keeps, set to `sentAt` or removed. */
export function recordSent(plan: Plan, sentAt: string | null): ConversationSection {
  const log = baseLog(plan).filter((e) => e.id !== outreachSentId);
  if (sentAt)
    log.push({
      id: outreachSentId,
      kind: 'asked',
      at: sentAt,
      channel: plan.outreach.channel,
      meetingAt: null,
      reason: null,
      note: '',
    });
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
  const log = baseLog(plan).filter((e) => e.id !== outreachMeetingId);
  if (meetingAt)
    log.push({
      id: outreachMeetingId,
      kind: 'scheduled',
      at: now.toISOString(),
      channel: '',
      meetingAt,
      reason: null,
      note: '',
    });
  return { ...plan.conversation, log };
}

/** Cuts a line to a form's limit (never inside a surrogate pair). */
const cut = (text: string, limit: number) => Array.from(text.trim()).slice(0, limit).join('');

/** A new plan for a person, from the one-line form (name, organization, connection). */
export function newPersonPlan(
  person: { name: string; organization?: string; connection?: string; referrer?: string },
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
      organization: cut(person.organization ?? '', textLimits.line),
      connection,
      referrer: cut(person.referrer ?? '', textLimits.line),
    },
  });
}

/** Changes the debrief's learned and advice notes. */
export function setDebrief(
  plan: Plan,
  patch: Partial<Pick<ConversationSection['debrief'], 'learned' | 'advice' | 'nextSteps'>>,
): Plan {
  return withConversation(plan, {
    ...plan.conversation,
    debrief: { ...plan.conversation.debrief, ...patch },
  });
}

/** Adds a custom step to the plan's checklist ("after"), unless it has that step already. */
export function addChecklistStep(plan: Plan, text: string, newId: IdMaker): Plan {
  const step = cut(text.replace(/\s+/g, ' '), textLimits.step);
  if (!step || plan.checklist.custom.some((c) => c.text === step)) return plan;
  return {
    ...plan,
    checklist: {
      ...plan.checklist,
      custom: [...plan.checklist.custom, { id: newId(), stage: 'after', text: step }],
    },
  };
}

/** Whether the plan's checklist holds a custom step with this text. */
export function hasChecklistStep(plan: Plan, text: string): boolean {
  const step = cut(text.replace(/\s+/g, ' '), textLimits.step);
  return plan.checklist.custom.some((c) => c.text === step);
}

/** Adds a suggested name to the debrief. */
export function addSuggestion(plan: Plan, name: string, note: string, newId: IdMaker): Plan {
  const clean = cut(name, textLimits.line);
  if (!clean) return plan;
  const debrief = plan.conversation.debrief;
  return setDebriefSuggested(plan, [
    ...debrief.suggested,
    { id: newId(), name: clean, note: cut(note, textLimits.line), planId: null },
  ]);
}

/** Removes a suggested name from the debrief. */
export function removeSuggestion(plan: Plan, id: string): Plan {
  return setDebriefSuggested(
    plan,
    plan.conversation.debrief.suggested.filter((s) => s.id !== id),
  );
}

function setDebriefSuggested(plan: Plan, suggested: ConversationSection['debrief']['suggested']) {
  return withConversation(plan, {
    ...plan.conversation,
    debrief: { ...plan.conversation.debrief, suggested },
  });
}

/**
 * A suggested name made into a plan of its own: connection 'referral', the referrer set to
 * this plan's person (so its first message opens with the referral), the student's own details
 * carried over; and this plan marks the suggestion done and gains the step "tell {name} how it
 * went" (`tellStep` is that wording, with {name} for the referrer's first name).
 */
export function planFromSuggestion(
  source: Plan,
  suggestionId: string,
  tellStep: string,
  now: Date,
  newId: IdMaker,
): { source: Plan; created: Plan } | null {
  const suggestion = source.conversation.debrief.suggested.find((s) => s.id === suggestionId);
  if (!suggestion || suggestion.planId) return null;
  const referrer = source.person.name.trim();
  const base = newPersonPlan(
    { name: suggestion.name, connection: 'referral', referrer },
    now,
    newId,
  );
  const { senderName, senderSchool, interest, tone, askMinutes, askFormat } = source.outreach;
  const created: Plan = {
    ...base,
    outreach: { ...base.outreach, senderName, senderSchool, interest, tone, askMinutes, askFormat },
    conversation: { ...base.conversation, referredFromPlanId: source.id },
  };
  const marked = setDebriefSuggested(
    source,
    source.conversation.debrief.suggested.map((s) =>
      s.id === suggestionId ? { ...s, planId: created.id } : s,
    ),
  );
  const first = referrer.split(' ')[0] || referrer;
  return {
    source: first ? addChecklistStep(marked, fill(tellStep, { name: first }), newId) : marked,
    created,
  };
}
