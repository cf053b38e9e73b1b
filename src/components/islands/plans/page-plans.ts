/**
 * The page's shared plan state for the views that show it, with the plan the address names
 * opened first. Plain TypeScript (no Preact), so the plan bar and the introduction builder can
 * use it without loading Preact; Preact islands reach it through usePlans().
 */
import { linkedPlanId, withoutParams } from '../../../lib/plans/link';
import { getPlansState, type PlansState } from '../../../lib/plans/state';
import { registerServiceWorker } from '../../../client/service-worker';
import type { PlansText } from '../../../lib/strings/plans';
import { readProps } from '../runtime/dom';
import { bindPlanBar, planBarView } from './plan-bar';

let linkOpened = false;
let text: PlansText | undefined;

/** The plan bar's wording, as the page gives it (PlanBar.astro); read once. */
const pageText = () => (text ??= readProps(planBarView));

/**
 * Opens the plan the page's address names (`?plan=<id>`, see lib/plans/link.ts), once per page,
 * then takes the parameter out of the address so a reload keeps what the student chose since.
 */
function openLinkedPlan(state: PlansState) {
  if (linkOpened) return;
  linkOpened = true;
  const id = linkedPlanId(location.search, state.plans.value);
  if (id) state.select(id);
  if (new URLSearchParams(location.search).has('plan'))
    history.replaceState(history.state, '', withoutParams(location.href, ['plan']));
}

/** The shared plan state (read from storage on first use), on the plan the address names. */
export function pagePlans(): PlansState {
  const { defaultName, newName } = pageText();
  const state = getPlansState(defaultName ? { first: defaultName, next: newName } : undefined);
  openLinkedPlan(state);
  return state;
}

/**
 * What the tool and embed layouts' page script starts, before the tool's own: the plan bar
 * (PlanBar.astro, which they render) on the page's plans, and the offline service worker.
 * `then` gets the plans once they are read.
 */
export function startToolPage(then?: (state: PlansState) => void): void {
  // Each in a task of its own after the page's first, where the tool renders: reading and
  // checking the saved plans (with hundreds of them, 100-150 ms on a phone), then the bar.
  setTimeout(() => {
    const state = pagePlans();
    then?.(state);
    setTimeout(
      bindPlanBar,
      0,
      document.querySelector<HTMLElement>('[data-planbar]'),
      state,
      pageText(),
    );
  });
  registerServiceWorker();
}
