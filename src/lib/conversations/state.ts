/**
 * State of the conversations page over the shared plans: the rows with their stages, the
 * list's filter and sort, Today, the weekly pace and its goal, and every action the page
 * offers. Each action changes plans through the plans state's commit, all or nothing: false
 * means storage had no room, and nothing changed.
 */
import { computed, signal } from '../shared/signals';
import type { Plan } from '../plans/plan';
import type { PlansState } from '../plans/state';
import type { StorageLike } from '../storage/store';
import { makeId } from '../plans/record';
import { createStore } from '../storage/store';
import { defaultPaceGoal, parseGoal, weeklyPace, type PaceGoal } from './pace';
import { deriveRows, filterRows, type RowSort } from './rows';
import { groupToday, snoozeUntil, type TodayItem } from './today';
import type { Stage } from './log';

/** The stored weekly goal (`iik:pace:v1`): each number checked as the form checks it. */
export const paceGoalSchema = {
  safeParse(data: unknown): { success: true; data: PaceGoal } | { success: false } {
    if (typeof data !== 'object' || data === null) return { success: false };
    const d = data as Record<string, unknown>;
    return {
      success: true,
      data: {
        requests: parseGoal(d.requests, defaultPaceGoal.requests),
        conversations: parseGoal(d.conversations, defaultPaceGoal.conversations),
      },
    };
  },
};

/** People a list shows at first, and how many more each "Show more" adds. */
export const pageSize = 25;
/** Entries each of Today's groups shows at first: a phone's screenful, the rest on request. */
export const todayPageSize = 10;

/**
 * The one-click actions load on first use, so the page's first script stays small enough to be
 * embedded; the first click waits the few milliseconds the chunk takes (it is precached offline).
 */
type Actions = typeof import('./actions.lazy');
let loading: Promise<Actions> | undefined;
const actions = () => (loading ??= import('./actions.lazy'));

/** Creates the conversations page's state over the plans state. */
export function createConversationsState(
  plans: PlansState,
  options: { storage?: StorageLike | null; now?: () => Date; newId?: () => string } = {},
) {
  const clock = options.now ?? (() => new Date());
  const newId = options.newId ?? makeId;
  const now = signal(clock());
  const query = signal('');
  const stage = signal<Stage | 'all'>('all');
  const sort = signal<RowSort>('next');
  // Each list (and each of Today's groups) shows a first page and more on request, so a
  // campaign of hundreds renders what the student can see; printing shows everyone.
  const all = signal(false);

  const goalStore = createStore({
    key: 'iik:pace',
    version: 1,
    schema: paceGoalSchema,
    storage: options.storage,
  });
  const goal = signal<PaceGoal>(goalStore.read() ?? defaultPaceGoal);
  goalStore.subscribe((g) => (goal.value = g ?? defaultPaceGoal));

  // The untouched default plan is not a person: a first visit shows how to start instead.
  const mine = computed(() => plans.mine());
  const rows = computed(() => deriveRows(mine.value, now.value));
  const list = computed(() =>
    filterRows(rows.value, { query: query.value, stage: stage.value, sort: sort.value }),
  );
  const today = computed(() => groupToday(rows.value, now.value));
  const pace = computed(() => weeklyPace(mine.value, now.value, goal.value));

  const stamp = () => clock().toISOString();
  /** Replaces the plans whose ids are given, saving all or nothing. */
  const save = (changed: Plan[], added: Plan[] = []) => {
    const byId = new Map(changed.map((p) => [p.id, { ...p, updatedAt: stamp() }]));
    const next = [...mine.value.map((p) => byId.get(p.id) ?? p), ...added];
    return plans.commit(next);
  };
  const find = (id: string) => mine.value.find((p) => p.id === id);
  /** Changes one plan; false when there is nothing to change, or no room to save it. */
  const change = (id: string, fn: (plan: Plan) => Plan | null): boolean => {
    const plan = find(id);
    const next = plan && fn(plan);
    return next ? save([next]) : false;
  };
  /** Changes one plan with the one-click actions, once they have loaded. */
  const act = (id: string, fn: (a: Actions, plan: Plan) => Plan | null) =>
    actions().then((a) => change(id, (p) => fn(a, p)));

  return {
    now,
    query,
    stage,
    sort,
    all,
    goal,
    rows,
    list,
    today,
    pace,
    /** Moves the page's clock on (the page calls it when it comes back into view). */
    tick: () => (now.value = clock()),
    /** Adds a person as a new plan; resolves to it, or to null when it could not be saved. */
    async addPerson(person: { name: string; organization?: string; connection?: string }) {
      const plan = (await actions()).newPersonPlan(person, clock(), newId);
      return save([], [plan]) ? plan : null;
    },
    // Each resolves to false when storage had no room (nothing changed), or nothing applied.
    reopen: (id: string) => act(id, (a, p) => a.reopen(p, clock(), newId)),
    /** Marks Today's step done; false for a step that needs more than a click, or no room. */
    done: (item: TodayItem) =>
      act(item.plan.id, (a, p) => {
        const entry = a.doneEntry(item.next, clock());
        return entry && a.addEntry(p, entry, newId);
      }),
    snooze: (item: TodayItem) =>
      act(item.plan.id, (a, p) =>
        a.snoozeStep(p, item.next.key, snoozeUntil(item.next.due, clock())),
      ),
    setGoal(patch: Partial<PaceGoal>) {
      goal.value = { ...goal.value, ...patch };
      goalStore.write(goal.value);
    },
    /** Changes one plan (the debrief's changes, see debrief.ts); false when it could not be saved. */
    change,
    /** Saves changed plans and adds new ones, all or nothing. */
    save,
    /** Makes unique ids (for the debrief's changes). */
    newId,
    /** The page's clock. */
    clock,
  };
}

/** The conversations page's state, as returned by createConversationsState. */
export type ConversationsState = ReturnType<typeof createConversationsState>;
