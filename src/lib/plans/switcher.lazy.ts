/**
 * What the plan switcher lists when there are more plans than it shows at once (the plan bar's
 * `switcherSize`): a list of hundreds is slow to build and slow to use, so it lists the plan in
 * use and the most recently changed others, and a search box finds the rest by name
 * (components/islands/plans/PlanFind.lazy.ts). Loaded with that search box.
 */
import type { Plan } from './plan';

/**
 * The plan in use first, then up to `size - 1` others that `matches` (all of them without a
 * search), most recently changed first.
 */
export function switcherPlans(
  plans: readonly Plan[],
  currentId: string,
  size: number,
  matches?: (plan: Plan) => boolean,
): Plan[] {
  const current = plans.find((p) => p.id === currentId);
  const others = plans
    .filter((p) => p !== current && (!matches || matches(p)))
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))
    .slice(0, size - 1);
  return current ? [current, ...others] : others;
}
