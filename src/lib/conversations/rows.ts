/**
 * The conversations list: every plan with its status, filtered by stage and by a plain-text
 * search over name and organization, sorted by next date, stage or name; closed plans apart.
 */
import type { Plan } from '../plans/plan';
import { closedStages, stages, type Stage } from './log';
import { localDate } from '../shared/dates';
import { conversationStatus } from './stage';
import { fold } from '../shared/words';
import type { PlanRow } from './today';

/** How the list is sorted. */
export const rowSorts = ['next', 'stage', 'name'] as const;
export type RowSort = (typeof rowSorts)[number];

/** What the list shows. */
export interface RowFilter {
  /** Words to find in the person's name or organization (any case, any accents). */
  query?: string;
  /** One stage, or every stage. */
  stage?: Stage | 'all';
  sort?: RowSort;
}

/** Every stage, open ones in order, then the closed ones. */
export const allStages: readonly Stage[] = [...stages, ...closedStages];

/** Whether a stage is one of the closed ones. */
export function isClosed(stage: Stage): boolean {
  return (closedStages as readonly string[]).includes(stage);
}

// A status depends only on the plan and the local day, and an edited plan is a new object: each
// plan's status is worked out once a day, so a change to one plan re-derives that one.
const statuses = new WeakMap<Plan, { day: string; row: PlanRow }>();

/** Each plan with its status at `now`. */
export function deriveRows(plans: readonly Plan[], now: Date): PlanRow[] {
  const day = localDate(now);
  return plans.map((plan) => {
    const known = statuses.get(plan);
    if (known?.day === day) return known.row;
    const row = { plan, status: conversationStatus(plan, now) };
    statuses.set(plan, { day, row });
    return row;
  });
}

const stageRank = new Map(allStages.map((s, i) => [s, i]));
let collator: Intl.Collator | undefined;
/**
 * The one collator names are sorted with (localeCompare makes a new one each call), made on
 * first use: making it loads the language's sorting rules, up to 100 ms on a phone, which the
 * page does in a task of its own (ConversationsTool.astro).
 */
export const nameCollator = () => (collator ??= new Intl.Collator([], { numeric: true }));
// Plans are replaced, never changed, when edited: each one's search text is folded once.
const folded = new WeakMap<Plan, string>();
const searchText = (plan: Plan) => {
  let text = folded.get(plan);
  if (text === undefined) {
    text = fold(`${plan.person.name} ${plan.person.organization} ${plan.name}`);
    folded.set(plan, text);
  }
  return text;
};

const compareDays = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byName = (a: PlanRow, b: PlanRow) =>
  nameCollator().compare(a.plan.person.name || a.plan.name, b.plan.person.name || b.plan.name);

/** Rows by the day their next step is due (those with none last), then by name: list and Today. */
export const byNext = (a: PlanRow, b: PlanRow) =>
  compareDays(a.status.next?.due ?? '9999', b.status.next?.due ?? '9999') || byName(a, b);

/** The rows the list shows, open and closed apart, filtered and sorted. */
export function filterRows(
  rows: readonly PlanRow[],
  filter: RowFilter = {},
): { open: PlanRow[]; closed: PlanRow[] } {
  const words = fold(filter.query ?? '')
    .split(' ')
    .filter(Boolean);
  const stage = filter.stage ?? 'all';
  const matches = (row: PlanRow) => {
    if (stage !== 'all' && row.status.stage !== stage) return false;
    if (!words.length) return true;
    const hay = searchText(row.plan);
    return words.every((w) => hay.includes(w));
  };
  const order =
    filter.sort === 'name'
      ? byName
      : filter.sort === 'stage'
        ? (a: PlanRow, b: PlanRow) =>
            stageRank.get(a.status.stage)! - stageRank.get(b.status.stage)! || byNext(a, b)
        : byNext;
  const open: PlanRow[] = [];
  const closed: PlanRow[] = [];
  for (const row of rows) if (matches(row)) (isClosed(row.status.stage) ? closed : open).push(row);
  return { open: open.sort(order), closed: closed.sort(order) };
}
