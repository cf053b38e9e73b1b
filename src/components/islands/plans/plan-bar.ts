/**
 * What the plan bar (PlanBar.astro) does: it shows the plans and the backup line from the shared
 * plan state and keeps them current, and its buttons call the state's actions. Rename, delete,
 * export and import load only when the student opens that section (PlanManage.lazy.tsx).
 */
import { effect } from '../../../lib/shared/signals';
import type { PlansState } from '../../../lib/plans/state';
import { plansText } from '../../../lib/strings/plans';
import { el, part } from '../runtime/dom';

const t = plansText.bar;

/** Makes the server-rendered plan bar in `root` live over `state`. */
export function bindPlanBar(root: HTMLElement, state: PlansState): void {
  /** A "Dismiss" button; `label` names what it dismisses when the text alone would not. */
  const dismissButton = (label: string | null, onclick: () => void) => {
    const button = el('button', { type: 'button', onclick }, t.dismiss);
    if (label) button.setAttribute('aria-label', label);
    return button;
  };
  const select = part<HTMLSelectElement>(root, 'select');
  const details = part<HTMLDetailsElement>(root, 'details');
  const status = part(root, '[role=status]');
  // The status line says each message once (a polite live region).
  const say = (message: string) => {
    status.textContent = message;
  };
  // Rarely used: plan management and the download load only when asked for.
  const manage = () => import('./PlanManage.lazy');

  effect(() => {
    select.replaceChildren(...state.plans.value.map((p) => el('option', { value: p.id }, p.name)));
    select.value = state.current.value.id;
  });
  select.onchange = () => {
    state.select(select.value);
    say(t.switched(state.current.value.name));
  };
  // A button everywhere but on the conversations page, where it is a link (PlanBar.astro).
  root
    .querySelector('[data-create]')
    ?.addEventListener('click', () => say(t.created(state.create().name)));
  part(root, '[data-backup]').onclick = () =>
    void manage().then((m) => m.downloadPlans(state, say));

  const backupLine = part(root, '.planbar-backup');
  effect(() => {
    const last = state.lastExport.value;
    backupLine.replaceChildren(
      ...(state.backupDue.value
        ? [
            el('span', { className: 'planbar-due' }, t.backupDue(last)),
            dismissButton(t.dismissBackup, state.dismissBackup),
          ]
        : [t.lastExport(last)]),
    );
  });
  let opened = false;
  details.ontoggle = () => {
    if (!opened) void manage().then((m) => m.showPlanManage(details, state, say));
    opened = true;
  };
  const alert = part(root, '[role=alert]');
  effect(() =>
    alert.replaceChildren(
      ...state.notices.value.map((n, i) =>
        el(
          'p',
          { className: 'notice notice-warning' },
          `${n.message} `,
          dismissButton(null, () => state.dismissNotice(i)),
        ),
      ),
    ),
  );
  part<HTMLFieldSetElement>(root, 'fieldset').disabled = false;
}
