/**
 * The page's shared plan state for the views that show it, with the plan the address names
 * opened first. Plain TypeScript (no Preact), so the plan bar and the introduction builder can
 * use it without loading Preact; Preact islands reach it through usePlans().
 */
import { linkedPlanId, withoutParams } from '../../../lib/plans/link';
import { getPlansState, type PlansState } from '../../../lib/plans/state';
import type { PlansText } from '../../../lib/strings/plans';
import { defineView } from '../runtime/define';
import { readProps } from '../runtime/dom';

/** The plan bar: PlanBar.astro leaves its wording as props, and the plans are named in it. */
export const planBarView = defineView<PlansText>('planbar');

let linkOpened = false;

/**
 * The shared plan state (read from storage on first use), named in the plan bar's wording. The
 * first time, it opens the plan the page's address names (`?plan=<id>`, see lib/plans/link.ts)
 * and takes the parameter out of the address, so a reload keeps what the student chose since.
 */
export function pagePlans(): PlansState {
  const { defaultName, newName } = readProps(planBarView);
  const state = getPlansState(defaultName ? { first: defaultName, next: newName } : undefined);
  if (!linkOpened) {
    linkOpened = true;
    const query = new URLSearchParams(location.search);
    const id = linkedPlanId(query, state.plans.value);
    if (id) state.select(id);
    if (query.has('plan'))
      history.replaceState(history.state, '', withoutParams(location.href, ['plan']));
  }
  return state;
}
