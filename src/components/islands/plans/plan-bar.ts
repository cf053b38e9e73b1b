/**
 * The plan bar (PlanBar.astro renders it as `<iik-planbar>`): a custom element that starts
 * itself once this module defines it. It shows the plans and the backup line from the shared
 * plan state and keeps them current, and its buttons call the state's actions. Rename, delete,
 * export and import load only when the student opens that section (PlanManage.lazy.ts).
 */
import { effect, signal, type ReadonlySignal } from '../../../lib/shared/signals';
import type { Plan } from '../../../lib/plans/plan';
import { fill } from '../../../lib/shared/fill';
import type { PlansState } from '../../../lib/plans/state';
import type { PlansText } from '../../../lib/strings/plans';
import { registerServiceWorker } from '../../../client/service-worker';
import { defineElement, el, part } from '../runtime/dom';
import { pagePlans, planBarView } from './page-plans';

/**
 * The most plans the switcher lists at once. Past that it lists the plan in use and the latest
 * others, and a search box finds the rest (PlanBarRare.lazy.ts).
 */
export const switcherSize = 20;

/** A day as the plan bar shows it, e.g. "March 2, 2026", in the page's language. */
const formatDay = (iso: string) =>
  new Date(iso).toLocaleDateString(document.documentElement.lang || undefined, {
    dateStyle: 'long',
  });

/** Makes the server-rendered plan bar in `root` live over `state`, in the page's wording. */
export function bindPlanBar(root: HTMLElement, state: PlansState, text: PlansText): void {
  const t = text.bar;
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
  // Rarely used: plan management and the download load only when asked for; the finder for
  // many plans and the notices about saved data, only when there is one to show.
  const manage = () => import('./PlanManage.lazy');
  const rare = () => import('./PlanBarRare.lazy');

  // Past switcherSize plans, the code that picks which to list and finds the others loads:
  // most students never have that many.
  const listing = signal<ReadonlySignal<readonly Plan[]> | undefined>(undefined);
  let finding = false;
  // The options are made again only when the plans listed or their names change: not on every
  // change to a plan, which with hundreds of plans would be most of the work of a keystroke.
  let listed = '';
  effect(() => {
    const all = state.plans.value;
    const many = all.length > switcherSize;
    const plans = many ? (listing.value?.value ?? [state.current.value]) : all;
    if (many && !finding) {
      finding = true;
      void rare().then(
        (m) => (listing.value = m.bindPlanFind(root, state, text, say, switcherSize)),
      );
    }
    const names = plans.map((p) => `${p.id}\n${p.name}`).join('\n');
    if (names !== listed)
      select.replaceChildren(...plans.map((p) => el('option', { value: p.id }, p.name)));
    listed = names;
    select.value = state.current.value.id;
  });
  select.onchange = () => {
    state.select(select.value);
    say(fill(t.switched, { name: state.current.value.name }));
  };
  // A button everywhere but on the conversations page, where it is a link (PlanBar.astro).
  root
    .querySelector('[data-create]')
    ?.addEventListener('click', () => say(fill(t.created, { name: state.create().name })));
  part(root, '[data-backup]').onclick = () =>
    void manage().then((m) => m.downloadPlans(state, say));

  const backupLine = part(root, '.planbar-backup');
  effect(() => {
    const last = state.lastExport.value;
    backupLine.replaceChildren(
      ...(state.backupDue.value
        ? [
            el('span', { className: 'planbar-due' }, last ? t.backupDue : t.backupNever),
            dismissButton(t.dismissBackup, state.dismissBackup),
          ]
        : [last ? fill(t.lastExport, { date: formatDay(last) }) : t.noExport]),
    );
  });
  let opened = false;
  details.ontoggle = () => {
    if (!opened) void manage().then((m) => m.bindPlanManage(details, state, say));
    opened = true;
  };
  // Notices about saved data (unreadable, blocked, full, updated) are rare: their code loads
  // when there is one to show.
  const alert = part(root, '[role=alert]');
  effect(() => {
    if (state.notices.value.length || alert.firstChild)
      void rare().then((m) => m.showNotices(alert, state, text, dismissButton));
  });
  part<HTMLFieldSetElement>(root, 'fieldset').disabled = false;
}

/**
 * `<iik-planbar>`, which the tool and embed layouts render above the tool and whose page scripts
 * load this module. Once connected it reads the saved plans in a task after the page's first,
 * where the tool renders (with hundreds of plans, reading and checking them takes 100-150 ms on
 * a phone), binds the bar in the next, and registers the offline service worker (the bar is on
 * exactly the pages that want it).
 */
defineElement(planBarView, (bar, text) => {
  setTimeout(() => setTimeout(bindPlanBar, 0, bar, pagePlans(), text));
  registerServiceWorker();
});
