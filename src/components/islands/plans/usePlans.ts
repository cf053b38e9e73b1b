import { useEffect, useState } from 'preact/hooks';
import type { PlansState } from '../../../lib/plans/state';
import { pagePlans } from './page-plans';

/**
 * The page's shared plan state, once the island has mounted in the browser; null during the
 * server render and the hydration pass, so that the first client render matches the server
 * HTML. It does not subscribe: an island reads what it shows through useSignals(), with this
 * state as a dependency.
 */
export function usePlans(): PlansState | null {
  const [state, setState] = useState<PlansState | null>(null);
  useEffect(() => setState(pagePlans()), []);
  return state;
}
