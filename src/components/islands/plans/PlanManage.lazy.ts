/**
 * The plan bar's "Rename, delete, export or import" (PlanBar.astro renders its controls in a
 * template): rename and delete (with undo) the current plan, export every plan to a file and
 * import one. Plain DOM like the bar; plan-bar.ts loads this when the section is first opened,
 * and for the bar's backup download.
 */
import type { PlansState } from '../../../lib/plans/state';
import { createRemoval } from '../../../lib/plans/remove.lazy';
import { exportPlans, fileTooBig, importPlans } from '../../../lib/plans/file.lazy';
import { fill } from '../../../lib/shared/fill';
import { effect } from '../../../lib/shared/signals';
import { downloadFile } from '../runtime/actions/download';
import { part, readProps } from '../runtime/dom';
import { planManageView } from './views';

/** Downloads every plan as a file (the backup), notes the time and says so. */
export function downloadPlans(state: PlansState, say: (message: string) => void) {
  const t = readProps(planManageView);
  downloadFile(t.fileName, exportPlans(state), 'application/json');
  state.markExported();
  say(t.exported);
}

/**
 * Shows the controls of the manage section (`details`), live over `state`. `say` puts a message
 * in the plan bar's status line (announced once).
 */
export function bindPlanManage(
  details: HTMLElement,
  state: PlansState,
  say: (message: string) => void,
): void {
  const t = readProps(planManageView);
  // The controls come from the section's template, in the page's wording (PlanBar.astro).
  details.append(part<HTMLTemplateElement>(details, 'template').content);
  const root = part(details, '.planbar-tools');
  const removal = createRemoval(state);
  const rename = part<HTMLButtonElement>(root, '#iik-plan-rename');
  const form = part<HTMLFormElement>(root, 'form');
  const name = part<HTMLInputElement>(form, '#iik-plan-name');
  const undo = part<HTMLButtonElement>(root, '[data-undo]');
  const tell = (message: string, canUndo = false) => {
    say(message);
    undo.hidden = !canUndo;
  };
  // The name field starts from the plan's name each time it opens (the form's reset), and
  // follows the plan in use until the student types.
  effect(() => {
    name.defaultValue = state.current.value.name;
  });
  const showRename = (open: boolean) => {
    form.hidden = !open;
    rename.setAttribute('aria-expanded', `${open}`);
    if (open) {
      form.reset();
      name.focus();
    }
  };
  const closeRename = () => {
    showRename(false);
    rename.focus();
  };
  rename.onclick = () => showRename(!!form.hidden);
  form.onsubmit = (e) => {
    e.preventDefault();
    state.rename(state.current.value.id, name.value);
    tell(fill(t.renamed, { name: state.current.value.name }));
    closeRename();
  };
  part(form, '[data-cancel]').onclick = closeRename;

  part(root, '[data-remove]').onclick = () => {
    const { id, name } = state.current.value;
    removal.remove(id);
    tell(fill(t.removed, { name }), true);
  };
  undo.onclick = () => {
    removal.undo();
    // To the switcher, on the plan restored, before the button goes.
    part(document, '#iik-plan').focus();
    tell(fill(t.restored, { name: state.current.value.name }));
  };
  part(root, '[data-export]').onclick = () => {
    downloadPlans(state, say);
    undo.hidden = true;
  };

  const file = part<HTMLInputElement>(root, '#iik-plan-file');
  file.onchange = async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    const how = part<HTMLInputElement>(root, '[name=iik-import-how]:checked').value as
      'merge' | 'replace';
    // A file too big is refused before it is read into memory.
    const result =
      fileTooBig(chosen.size, t.import) ?? importPlans(state, await chosen.text(), how, t.import);
    tell(typeof result === 'string' ? result : result.ok ? result.message : result.error);
    file.value = '';
  };
}
