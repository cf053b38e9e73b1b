/**
 * Today: the next steps across every plan that are overdue, due today, or due in the coming
 * week, each with what to do about it (the tool to open, on that plan, with the right message).
 */
import type { Plan } from '../plans/plan';
import { addDays, localDate } from '../shared/dates';
import type { ConversationStatus, NextStepKind } from './log';
import { byNext } from './rows';

/** Days ahead, after today, that "next 7 days" covers. */
export const weekAheadDays = 6;

/** A plan with its worked-out status. */
export interface PlanRow {
  plan: Plan;
  status: ConversationStatus;
}

/** A next step in Today, with the plan it belongs to. */
export type TodayItem = PlanRow & { next: NonNullable<ConversationStatus['next']> };

/** Today's three groups, each ordered by due date (earliest first), then by name. */
export interface TodayGroups {
  overdue: TodayItem[];
  today: TodayItem[];
  week: TodayItem[];
}

/** Sorts Today's steps into overdue, due today, and the next 7 days; later steps are left out. */
export function groupToday(rows: readonly PlanRow[], now: Date): TodayGroups {
  const today = localDate(now);
  const weekEnd = addDays(today, weekAheadDays);
  const groups: TodayGroups = { overdue: [], today: [], week: [] };
  for (const row of rows) {
    const next = row.status.next;
    if (!next) continue;
    const item = { ...row, next };
    if (next.due < today) groups.overdue.push(item);
    else if (next.due === today) groups.today.push(item);
    else if (next.due <= weekEnd) groups.week.push(item);
  }
  groups.overdue.sort(byNext);
  groups.today.sort(byNext);
  groups.week.sort(byNext);
  return groups;
}

/** Ids of the message templates a next step is written with (src/content/templates). */
export const stepMessages: Partial<Record<NextStepKind, string>> = {
  nudge: 'nudge',
  thank: 'thank-you',
  update: 'keep-in-touch',
};

/**
 * Where a next step is done: the tool's address on the plan, or null when it is only logged. The
 * address is relative to the conversations page (`../../tools/outreach/`: up to the language's
 * root), so it stays in the page's language, /es/tools/outreach/ from /es/tools/conversations/.
 * In an embed it leads to the full site's path in that language, which the frame's script
 * keeps in the frame (/es/embed/outreach/, src/client/embed/frame.ts).
 */
export function stepLink(plan: Pick<Plan, 'id'>, kind: NextStepKind): string | null {
  const q = new URLSearchParams({ plan: plan.id });
  // Asking and the messages after it open the outreach tool on their message; agreeing a time,
  // on its dates; preparing, the question builder. The rest is answered in Today.
  const message = kind === 'ask' ? 'first' : stepMessages[kind];
  if (message) q.set('message', message);
  const tool =
    message || kind === 'schedule' ? 'outreach' : kind === 'prepare' ? 'question-builder' : null;
  return tool && `../../tools/${tool}/?${q}${kind === 'schedule' ? '#or-dates-h' : ''}`;
}

/** Snoozing puts a step off by this many days from today (or from its due day, if later). */
export const snoozeDays = 3;

/** The day a snoozed step comes back. */
export function snoozeUntil(due: string, now: Date): string {
  const today = localDate(now);
  return addDays(due > today ? due : today, snoozeDays);
}
