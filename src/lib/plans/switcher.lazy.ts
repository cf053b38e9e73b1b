/**
 * What the plan switcher lists when there are more plans than it shows at once (the plan bar's
 * `switcherSize`): a list of hundreds is slow to build and slow to use, so it lists the plan in
 * use and the most recently changed others, and a search box finds the rest by name
 * (components/islands/plans/PlanBarRare.lazy.ts). Loaded with that search box.
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
  // One pass keeping the latest few in order (a full sort of hundreds of plans on every change
  // took a frame of its own on a phone); a plan changed at the same moment as a listed one goes
  // after it, as a stable sort would put it.
  const others: Plan[] = [];
  for (const p of plans) {
    if (p === current || (matches && !matches(p))) continue;
    let i = others.length;
    while (i && p.updatedAt > others[i - 1].updatedAt) i--;
    if (i < size - 1) others.splice(i, 0, p);
    if (others.length > size - 1) others.pop();
  }
  return current ? [current, ...others] : others;
}
