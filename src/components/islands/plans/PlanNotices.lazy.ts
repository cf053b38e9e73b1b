/**
 * The plan bar's notices about saved data (unreadable and set aside, storage blocked or full,
 * room again, old plans updated), each with a "Dismiss" button. Rare, so plan-bar.ts loads this
 * only when there is a notice to show (or one to take away).
 */
import { fill } from '../../../lib/shared/fill';
import type { PlansState } from '../../../lib/plans/state';
import type { PlansText } from '../../../lib/strings/plans';
import { el } from '../runtime/dom';

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
