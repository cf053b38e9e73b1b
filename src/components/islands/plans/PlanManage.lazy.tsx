import { render } from 'preact';
import { useState } from 'preact/hooks';
import { textLimits } from '../../../lib/plans/plan';
import type { PlansState } from '../../../lib/plans/state';
import { createRemoval } from '../../../lib/plans/remove.lazy';
import { exportPlans, fileTooBig, importPlans } from '../../../lib/plans/file.lazy';
import { fill } from '../../../lib/shared/fill';
import { downloadFile } from '../runtime/actions/download';
import { readProps } from '../runtime/dom';
import { useFocusAfterRender } from '../runtime/useFocusAfterRender';
import { useSignals } from '../runtime/useSignals';
import { planManageView } from './views';

/** Downloads every plan as a file (the backup), notes the time and says so. */
export function downloadPlans(state: PlansState, say: (message: string) => void) {
  const t = readProps(planManageView);
  downloadFile(t.fileName, exportPlans(state), 'application/json');
  state.markExported();
  say(t.exported);
}

/** Shows plan management at the end of `into` (the plan bar's section). */
export function showPlanManage(
  into: HTMLElement,
  state: PlansState,
  say: (message: string) => void,
) {
  render(<PlanManage state={state} say={say} />, into.appendChild(document.createElement('div')));
}

/** Rename and delete (with undo) the current plan; export every plan to a file and import one. */
function PlanManage({
  state,
  say,
}: {
  state: PlansState;
  /** Puts a message in the plan bar's status line (announced once). */
  say: (message: string) => void;
}) {
  const [t] = useState(() => readProps(planManageView));
  const [renaming, setRenaming] = useState(false);
  const [canUndo, setCanUndo] = useState(false);
  const [removal] = useState(() => createRemoval(state));
  const [how, setHow] = useState<'merge' | 'replace'>('merge');
  const focusAfterRender = useFocusAfterRender();
  const plan = useSignals(() => state.current.value, [state]);
  const closeRename = () => {
    setRenaming(false);
    focusAfterRender('iik-plan-rename');
  };
  const tell = (message: string, undo = false) => {
    say(message);
    setCanUndo(undo);
  };

  const onImport = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    // A file too big is refused before it is read into memory.
    const result =
      fileTooBig(file.size, t.import) ?? importPlans(state, await file.text(), how, t.import);
    tell(typeof result === 'string' ? result : result.ok ? result.message : result.error);
    input.value = '';
  };

  return (
    <div class="planbar-tools">
      <div class="planbar-row">
        <button
          type="button"
          id="iik-plan-rename"
          aria-expanded={renaming}
          onClick={() => setRenaming(!renaming)}
        >
          {t.rename}
        </button>
        <button
          type="button"
          onClick={() => {
            const { id, name } = state.current.value;
            removal.remove(id);
            tell(fill(t.removed, { name }), true);
          }}
        >
          {t.remove}
        </button>
        {canUndo && (
          <button
            type="button"
            onClick={() => {
              removal.undo();
              tell(fill(t.restored, { name: state.current.value.name }));
              focusAfterRender('iik-plan');
            }}
          >
            {t.undo}
          </button>
        )}
        <button
          type="button"
          onClick={() => {
            downloadPlans(state, say);
            setCanUndo(false);
          }}
        >
          {t.exportAll}
        </button>
      </div>
      {renaming && (
        <form
          class="planbar-row"
          onSubmit={(e) => {
            e.preventDefault();
            state.rename(
              state.current.value.id,
              new FormData(e.currentTarget).get('name') as string,
            );
            tell(fill(t.renamed, { name: state.current.value.name }));
            closeRename();
          }}
        >
          <label for="iik-plan-name">{t.renameLabel}</label>
          <input
            id="iik-plan-name"
            name="name"
            required
            maxLength={textLimits.planName}
            defaultValue={plan.name}
            autoFocus
          />
          <button type="submit">{t.save}</button>
          <button type="button" onClick={closeRename}>
            {t.cancel}
          </button>
        </form>
      )}
      <div class="planbar-row">
        <fieldset>
          <legend>{t.importChoice}</legend>
          {(['merge', 'replace'] as const).map((value) => (
            <label key={value}>
              <input
                type="radio"
                name="iik-import-how"
                value={value}
                checked={how === value}
                onChange={() => setHow(value)}
              />{' '}
              {t[value]}
            </label>
          ))}
        </fieldset>
        <label for="iik-plan-file">{t.importFile}</label>
        <span id="iik-plan-file-hint" class="planbar-hint">
          {t.importHint}
        </span>
        <input
          id="iik-plan-file"
          type="file"
          accept="application/json,.json"
          aria-describedby="iik-plan-file-hint"
          onChange={(e) => onImport(e.currentTarget)}
        />
      </div>
    </div>
  );
}
