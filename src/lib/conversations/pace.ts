/**
 * The weekly pace: requests sent and conversations held this week, against a goal the student
 * sets, with a gentle warning when this week's requests are more than can be followed up.
 */
import type { Plan } from '../plans/plan';
import { addDays, localDate } from '../shared/dates';
import { dayOf, isReadableDate } from './entries';

/**
 * The one-month plan in the guides (src/content/guides/one-month-plan.mdx): write to ten people
 * in four weeks and hold at least one conversation.
 */
export const oneMonthPlan = { people: 10, weeks: 4, conversations: 1 } as const;

/** A weekly goal: requests to send and conversations to hold. */
export interface PaceGoal {
  requests: number;
  conversations: number;
}

/** The default weekly goal, from the one-month plan: ten requests in four weeks is three a week. */
export const defaultPaceGoal: PaceGoal = {
  requests: Math.ceil(oneMonthPlan.people / oneMonthPlan.weeks),
  conversations: oneMonthPlan.conversations,
};

/** The highest weekly goal the form takes. */
export const maxPaceGoal = 50;

/**
 * How many requests one week can take before the follow-ups outrun the student: every request
 * brings a nudge a week later and, when it is answered, a time to agree, a conversation and a
 * thank-you. The one-month plan sends ten in its busiest week, and a student who sets a higher
 * goal has said they can take more: twice their weekly goal.
 */
export function followUpCapacity(goal: PaceGoal): number {
  return Math.max(oneMonthPlan.people, goal.requests * 2);
}

/** The week (Monday to Sunday, local dates) that holds `now`. */
export function weekOf(now: Date): { start: string; end: string } {
  const today = localDate(now);
  const start = addDays(today, -((now.getDay() + 6) % 7));
  return { start, end: addDays(start, 6) };
}

/** This week's pace. */
export interface Pace {
  requests: number;
  conversations: number;
  goal: PaceGoal;
  /** More requests this week than can be followed up (see followUpCapacity). */
  tooMany: boolean;
  capacity: number;
}

/** Counts this week's requests ('asked') and conversations ('talked') over every plan. */
export function weeklyPace(
  plans: readonly Pick<Plan, 'conversation'>[],
  now: Date,
  goal: PaceGoal = defaultPaceGoal,
): Pace {
  const { start, end } = weekOf(now);
  let requests = 0;
  let conversations = 0;
  for (const plan of plans)
    for (const e of plan.conversation.log) {
      if ((e.kind !== 'asked' && e.kind !== 'talked') || !isReadableDate(e.at)) continue;
      const day = dayOf(e.at);
      if (day < start || day > end) continue;
      if (e.kind === 'asked') requests++;
      else conversations++;
    }
  const capacity = followUpCapacity(goal);
  return { requests, conversations, goal, capacity, tooMany: requests > capacity };
}

/** A goal as the student typed it, held to whole numbers from 1 to maxPaceGoal; else the default. */
export function parseGoal(value: unknown, fallback: number): number {
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isInteger(n) && n >= 1 && n <= maxPaceGoal ? n : fallback;
}
