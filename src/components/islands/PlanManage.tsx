import { useRef, useState } from 'preact/hooks';
import type { PlansState } from '../../lib/plans';
import { planManageText as t } from '../../lib/strings/plan-manage';
import { plansText } from '../../lib/strings/plans';

/** Rename and delete (with undo) the current plan; export every plan to a file and import one. */
export default function PlanManage({
  state,
  say,
}: {
  state: PlansState;
  say: (message: string) => void;
}) {
  const [renaming, setRenaming] = useState(false);
  const [canUndo, setCanUndo] = useState(false);
  const [how, setHow] = useState<'merge' | 'replace'>('merge');
  const renameButton = useRef<HTMLButtonElement>(null);
  const plan = state.current.value;
  const closeRename = () => {
    setRenaming(false);
    setTimeout(() => renameButton.current?.focus());
  };
  const tell = (message: string, undo = false) => {
    say(message);
    setCanUndo(undo);
  };

  const onImport = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    const result = state.importJson(await file.text(), how);
    tell(result.ok ? plansText.notices.imported(result.count) : result.error);
    input.value = '';
  };
  const onExport = () => {
    const url = URL.createObjectURL(new Blob([state.exportJson()], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = t.fileName;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    tell(t.exported);
  };

  return (
    <div class="planbar-tools">
      <div class="planbar-row">
        <button
          type="button"
          ref={renameButton}
          aria-expanded={renaming}
          onClick={() => setRenaming(!renaming)}
        >
          {t.rename}
        </button>
        <button
          type="button"
          onClick={() => {
            state.remove(plan.id);
            tell(t.removed(plan.name), true);
          }}
        >
          {t.remove}
        </button>
        {canUndo && (
          <button
            type="button"
            onClick={() => {
              state.undoRemove();
              tell(t.restored(state.current.value.name));
              document.getElementById('iik-plan')?.focus();
            }}
          >
            {t.undo}
          </button>
        )}
        <button type="button" onClick={onExport}>
          {t.exportAll}
        </button>
      </div>
      {renaming && (
        <form
          class="planbar-row"
          onSubmit={(e) => {
            e.preventDefault();
            state.rename(plan.id, new FormData(e.currentTarget).get('name') as string);
            tell(t.renamed(state.current.value.name));
            closeRename();
          }}
        >
          <label for="iik-plan-name">{t.renameLabel}</label>
          <input
            id="iik-plan-name"
            name="name"
            required
            maxLength={80}
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
        <input
          id="iik-plan-file"
          type="file"
          accept="application/json,.json"
          onChange={(e) => onImport(e.currentTarget)}
        />
      </div>
    </div>
  );
}
