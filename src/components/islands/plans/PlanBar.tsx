import { useEffect, useState } from 'preact/hooks';
import { plansText } from '../../../lib/strings/plans';
import type PlanManage from './PlanManage.lazy';
import { registerServiceWorker } from '../../../client/service-worker';
import { usePlans } from './usePlans';
import { defineIsland } from '../runtime/define';
import { useSignals } from '../runtime/useSignals';
import { PlanFields } from './PlanFields';

const t = plansText.bar;

/**
 * The bar above every tool: which plan the tool works on, switching and creating plans, a backup
 * download with the time of the last one (and a quiet reminder when one is due), notices about
 * saved data, and (loaded when opened) rename, delete with undo, export, import.
 */
export default function PlanBar() {
  const state = usePlans();
  // What the bar shows; it re-renders when any of it changes.
  const view = useSignals(
    () =>
      state && {
        plans: state.plans.value,
        plan: state.current.value,
        notices: state.notices.value,
        lastExport: state.lastExport.value,
        backupDue: state.backupDue.value,
      },
    [state],
  );
  const [status, setStatus] = useState('');
  const [Manage, setManage] = useState<typeof PlanManage | null>(null);
  useEffect(registerServiceWorker, []);
  // Rarely used: plan management and the download load only when asked for.
  const manage = () => import('./PlanManage.lazy');
  const download = () => void manage().then((m) => m.downloadPlans(state!, setStatus));

  return (
    <section class="planbar no-print" aria-label={t.label}>
      <PlanFields ready={!!state}>
        <div class="planbar-row">
          <label for="iik-plan">{t.select}</label>
          <select
            id="iik-plan"
            value={view?.plan.id}
            onChange={(e) => {
              state!.select(e.currentTarget.value);
              setStatus(t.switched(state!.current.value.name));
            }}
          >
            {view ? (
              view.plans.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))
            ) : (
              <option>{plansText.defaultName}</option>
            )}
          </select>
          <button type="button" onClick={() => setStatus(t.created(state!.create().name))}>
            {t.create}
          </button>
          <button type="button" onClick={download}>
            {t.backup}
          </button>
          <a class="planbar-all" href={t.conversationsHref}>
            {t.conversations}
          </a>
        </div>
      </PlanFields>
      {/* Rendered empty on the server with the height of its one line, so filling it in after
          hydration moves nothing on the page. */}
      <p class="planbar-backup">
        {view &&
          state &&
          (view.backupDue ? (
            <>
              <span class="planbar-due">{t.backupDue(view.lastExport)}</span>
              <button type="button" aria-label={t.dismissBackup} onClick={state.dismissBackup}>
                {t.dismiss}
              </button>
            </>
          ) : (
            t.lastExport(view.lastExport)
          ))}
      </p>
      <details
        class="planbar-manage"
        onToggle={() => {
          // Rarely used: this code loads only when the user opens the section.
          if (!Manage) void manage().then((m) => setManage(() => m.default));
        }}
      >
        <summary>{t.manage}</summary>
        {Manage && state && <Manage state={state} say={setStatus} />}
      </details>
      <div role="alert">
        {state &&
          view?.notices.map((n, i) => (
            <p key={n.message} class="notice notice-warning">
              {n.message}{' '}
              <button type="button" onClick={() => state.dismissNotice(i)}>
                {t.dismiss}
              </button>
            </p>
          ))}
      </div>
      <p role="status" class="planbar-status">
        {status}
      </p>
    </section>
  );
}

/** The planbar island: its name on the page and its component, written once. */
export const planBarIsland = defineIsland('planbar', PlanBar);
