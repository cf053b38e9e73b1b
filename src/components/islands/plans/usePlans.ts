import { useEffect, useState } from 'preact/hooks';
import { linkedPlanId, withoutParams } from '../../../lib/plans/link';
import { getPlansState, type PlansState } from '../../../lib/plans/state';

let linkOpened = false;

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

/**
 * The page's shared plan state, once the island has mounted in the browser; null during the
 * server render and the hydration pass, so that the first client render matches the server
 * HTML. It does not subscribe: an island reads what it shows through useSignals(), with this
 * state as a dependency.
 */
export function usePlans(): PlansState | null {
  const [state, setState] = useState<PlansState | null>(null);
  useEffect(() => {
    const shared = getPlansState();
    openLinkedPlan(shared);
    setState(shared);
  }, []);
  return state;
}
