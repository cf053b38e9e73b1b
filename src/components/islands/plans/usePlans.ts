import { effect } from '@preact/signals-core';
import { useEffect, useState } from 'preact/hooks';
import { getPlansState, type PlansState } from '../../../lib/plans/state';

/**
 * The page's shared plan state, once the island has mounted in the browser; null during the
 * server render and the hydration pass, so that the first client render matches the server
 * HTML. Re-renders the island whenever plans, the current plan, notices, the mode or the
 * backup state change.
 */
export function usePlans(): PlansState | null {
  const [state, setState] = useState<PlansState | null>(null);
  const [, setVersion] = useState(0);
  useEffect(() => {
    const s = getPlansState();
    setState(s);
    return effect(() => {
      // Reading the signals subscribes this effect to them.
      void [
        s.plans.value,
        s.current.value,
        s.notices.value,
        s.mode.value,
        s.lastExport.value,
        s.backupDue.value,
      ];
      setVersion((n) => n + 1);
    });
  }, []);
  return state;
}
