import { render } from 'preact';
import { useState } from 'preact/hooks';
import {
  addHandedPlan,
  decodePlan,
  hasPlan,
  planContents,
  type HandoffError,
} from '../../../lib/plans/handoff.lazy';
import type { Plan } from '../../../lib/plans/plan';
import { getPlansState, type PlansState } from '../../../lib/plans/state';
import { handoffOfferText as t } from '../../../lib/strings/handoff';
import { useFocusAfterRender } from '../runtime/useFocusAfterRender';

/** Takes the plan out of the address, so a reload does not offer it again. */
const clearFragment = () => history.replaceState(null, '', location.pathname + location.search);

const headingId = 'plan-handoff-heading';
const doneId = 'plan-handoff-done';

/**
 * The offer of a plan handed over from an embed: what it holds, and the choice to add it (as a
 * copy when the student already has it) or not; or, for a code that cannot be read, why not.
 */
function HandoffOffer({
  state,
  result,
}: {
  state: PlansState;
  result: { ok: true; plan: Plan } | { ok: false; error: HandoffError };
}) {
  const [done, setDone] = useState<string | null>(null);
  const [problem, setProblem] = useState('');
  const focusAfterRender = useFocusAfterRender();
  const finish = (message: string | null) => {
    clearFragment();
    setDone(message ?? '');
    // A dismissed error leaves nothing behind: focus goes on to the plan bar.
    focusAfterRender(message ? doneId : 'iik-plan');
  };

  if (done === '') return null;
  if (done !== null)
    return (
      <p id={doneId} class="notice" tabIndex={-1}>
        {done}
      </p>
    );
  if (!result.ok)
    return (
      <section class="notice notice-error plan-handoff" aria-labelledby={headingId}>
        <h2 id={headingId} tabIndex={-1}>
          {t.errorHeading}
        </h2>
        <p>{t.errors[result.error]}</p>
        <button type="button" onClick={() => finish(null)}>
          {t.dismiss}
        </button>
      </section>
    );

  const { plan } = result;
  const contents = planContents(plan);
  const sections = t.sections(contents);
  const existing = hasPlan(state, plan);
  const add = () => {
    const added = addHandedPlan(state, plan, t.copySuffix);
    if (!added) return setProblem(t.noRoom);
    const message = t.added(added.name);
    finish(state.mode.value === 'memory' ? `${message} ${t.inMemory}` : message);
  };

  return (
    <section class="notice plan-handoff" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {t.heading}
      </h2>
      <p>{t.intro}</p>
      <dl>
        <dt>{t.planLabel}</dt>
        <dd>{contents.name}</dd>
        <dt>{t.personLabel}</dt>
        <dd>{contents.person.length ? contents.person.join(', ') : t.noPerson}</dd>
        <dt>{t.contentsLabel}</dt>
        <dd>
          {sections.length ? (
            <ul>
              {sections.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : (
            t.nothing
          )}
        </dd>
      </dl>
      {existing && <p>{t.exists(state.mine().find((p) => p.id === plan.id)!.name)}</p>}
      {problem && (
        <p class="notice notice-warning" role="alert">
          {problem}
        </p>
      )}
      <div class="plan-handoff-actions">
        <button type="button" class="button-primary" onClick={add}>
          {existing ? t.addCopy : t.add}
        </button>
        <button type="button" onClick={() => finish(t.declined)}>
          {t.decline}
        </button>
      </div>
    </section>
  );
}

/**
 * Reads the hand-off code from the address and shows the offer in the page's
 * `[data-plan-handoff]` slot (src/layouts/Tool.astro), with focus on its heading.
 */
export async function showHandoffOffer(code: string): Promise<void> {
  const slot = document.querySelector<HTMLElement>('[data-plan-handoff]');
  if (!slot) return;
  const result = await decodePlan(code);
  render(<HandoffOffer state={getPlansState()} result={result} />, slot);
  document.getElementById(headingId)?.focus();
}
