/**
 * The one way an island reads signal state: `useSignals(() => view)` returns what the function
 * reads from signals and re-renders the island whenever any of those signals changes. It is the
 * part of @preact/signals the islands need, in a few lines instead of that library's render
 * hooks, which the tool pages' JavaScript budget (README) cannot afford.
 */
import { effect } from '../../../lib/shared/signals';
import { useEffect, useReducer, useRef } from 'preact/hooks';

/**
 * Reads `read()` now and subscribes to every signal it reads; a change re-renders the caller.
 * `deps` re-subscribe when what `read` reaches changes (for example, state that arrives after
 * mount).
 */
export function useSignals<T>(read: () => T, deps: readonly unknown[] = []): T {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const latest = useRef(read);
  latest.current = read;
  useEffect(() => {
    // The first run only subscribes: this render already shows those values.
    let subscribed = false;
    return effect(() => {
      latest.current();
      if (subscribed) rerender(undefined);
      subscribed = true;
    });
  }, deps);
  return read();
}
