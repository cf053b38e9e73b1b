import { useEffect, useRef, useState } from 'preact/hooks';
import './PlanBar.css';
import { plansText } from '../../lib/strings/plans';
import { registerServiceWorker } from './registerServiceWorker';
import { usePlans } from './usePlans';

const t = plansText.bar;

/**
 * The bar above every tool: which plan the tool works on, switching, creating, renaming,
 * deleting (with undo), notices about saved data, and export/import of all plans.
 */
export default function PlanBar() {
  const state = usePlans();
  const [status, setStatus] = useState('');
  const [canUndo, setCanUndo] = useState(false);
  const [renaming, setRenaming] = useState(false);
  const [how, setHow] = useState<'merge' | 'replace'>('merge');
  const renameButton = useRef<HTMLButtonElement>(null);
  const select = useRef<HTMLSelectElement>(null);
  useEffect(registerServiceWorker, []);

  const say = (message: string, undo = false) => {
    setStatus(message);
    setCanUndo(undo);
  };
  const plan = state?.current.value;
  const closeRename = () => {
    setRenaming(false);
    renameButton.current?.focus();
  };

  const onImport = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file || !state) return;
    const result = state.importJson(await file.text(), how);
    say(result.ok ? plansText.notices.imported(result.count) : result.error);
    input.value = '';
  };
  const onExport = () => {
    if (!state) return;
    const url = URL.createObjectURL(new Blob([state.exportJson()], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = t.fileName;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    say(t.exported);
  };

  return (
    <section class="planbar no-print" aria-label={t.label}>
      <div class="planbar-row">
        <label for="iik-plan">{t.select}</label>
        <select
          id="iik-plan"
          ref={select}
          disabled={!state}
          value={plan?.id}
          onChange={(e) => {
            state?.select(e.currentTarget.value);
            say(t.switched(state?.current.value.name ?? ''));
          }}
        >
          {state ? (
            state.plans.value.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))
          ) : (
            <option>{plansText.defaultName}</option>
          )}
        </select>
        <button
          type="button"
          disabled={!state}
          onClick={() => say(t.created(state!.create().name))}
        >
          {t.create}
        </button>
        <button
          type="button"
          ref={renameButton}
          disabled={!state}
          aria-expanded={renaming}
          onClick={() => setRenaming(!renaming)}
        >
          {t.rename}
        </button>
        <button
          type="button"
          disabled={!state}
          onClick={() => {
            state!.remove(plan!.id);
            say(t.removed(plan!.name), true);
          }}
        >
          {t.remove}
        </button>
        {state?.mode.value === 'memory' && <strong class="planbar-memory">{t.memoryOnly}</strong>}
      </div>
      {renaming && plan && (
        <form
          class="planbar-row"
          onSubmit={(e) => {
            e.preventDefault();
            const name = new FormData(e.currentTarget).get('name') as string;
            state!.rename(plan.id, name);
            say(t.renamed(state!.current.value.name));
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
      <details class="planbar-files">
        <summary>{t.files}</summary>
        <div class="planbar-row">
          <button type="button" disabled={!state} onClick={onExport}>
            {t.exportAll}
          </button>
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
            disabled={!state}
            onChange={(e) => onImport(e.currentTarget)}
          />
        </div>
      </details>
      <div role="alert">
        {state?.notices.value.map((n, i) => (
          <p key={n.message} class={`notice notice-${n.kind === 'imported' ? 'info' : 'warning'}`}>
            {n.message}{' '}
            <button type="button" onClick={() => state.dismissNotice(i)}>
              {t.dismiss}
            </button>
          </p>
        ))}
      </div>
      <div class="planbar-row">
        <p role="status" class="planbar-status">
          {status}
        </p>
        {canUndo && (
          <button
            type="button"
            onClick={() => {
              state!.undoRemove();
              say(t.restored(state!.current.value.name));
              select.current?.focus();
            }}
          >
            {t.undo}
          </button>
        )}
      </div>
    </section>
  );
}
