/**
 * The plan bar's parts that most visits never show, in one file that plan-bar.ts loads when
 * either is needed:
 * - the switcher for a student with more plans than it lists at once (see
 *   lib/plans/switcher.lazy.ts): the plan in use and the latest others, and a search box (not
 *   on the conversations page, whose own filter finds anyone) where typing narrows the list to
 *   the plans whose name has every word typed, the status line saying how many match;
 * - notices about saved data (unreadable and set aside, storage blocked or full, room again,
 *   old plans updated), each with a "Dismiss" button.
 */
import { computed, signal, type ReadonlySignal } from '../../../lib/shared/signals';
import type { Plan } from '../../../lib/plans/plan';
import type { PlansState } from '../../../lib/plans/state';
import { switcherPlans } from '../../../lib/plans/switcher.lazy';
import type { PlansText } from '../../../lib/strings/plans';
import { fill } from '../../../lib/shared/fill';
import { fold } from '../../../lib/shared/words';
import { el, part } from '../runtime/dom';

/**
 * The plans the switcher in the plan bar `root` lists, narrowed by its search box (shown, where
 * the bar has one) as the student types.
 */
export function bindPlanFind(
  root: HTMLElement,
  state: PlansState,
  text: PlansText,
  say: (message: string) => void,
  size: number,
): ReadonlySignal<readonly Plan[]> {
  const matches = signal<((plan: Plan) => boolean) | undefined>(undefined);
  const listed = computed(() =>
    switcherPlans(state.plans.value, state.current.value.id, size, matches.value),
  );
  const box = root.querySelector<HTMLElement>('.planbar-find');
  if (!box) return listed;
  const input = part<HTMLInputElement>(box, 'input');
  box.hidden = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.oninput = () => {
    const words = fold(input.value).split(' ').filter(Boolean);
    const test = words.length
      ? (plan: Plan) => {
          const name = fold(plan.name);
          return words.every((w) => name.includes(w));
        }
      : undefined;
    matches.value = test;
    // Said once the student pauses, not on every letter.
    clearTimeout(timer);
    if (!test) return;
    timer = setTimeout(() => {
      const n = state.plans.value.filter(test).length;
      const shown = size - 1;
      say(
        fill(n ? (n > shown ? text.bar.foundMany : text.bar.found) : text.bar.foundNone, {
          n,
          total: state.plans.value.length,
          shown,
          query: input.value.trim(),
        }),
      );
    }, 600);
  };
  return listed;
}

/** Shows the state's notices in `alert` (a role=alert region), as they are now. */
export function showNotices(
  alert: HTMLElement,
  state: PlansState,
  text: PlansText,
  dismissButton: (label: string | null, onclick: () => void) => HTMLButtonElement,
): void {
  alert.replaceChildren(
    ...state.notices.value.map((n, i) =>
      el(
        'p',
        { className: 'notice notice-warning' },
        `${
          n.kind === 'corrupt' && !n.backupKey
            ? text.notices.corruptLost
            : fill(text.notices[n.kind], { key: n.backupKey ?? '' })
        } `,
        dismissButton(null, () => state.dismissNotice(i)),
      ),
    ),
  );
}
