import { render } from 'preact';
import { useState } from 'preact/hooks';
import {
  addHandedPlans,
  decodeHandoff,
  handedKind,
  planContents,
  type Handoff,
  type HandoffError,
} from '../../../lib/plans/handoff.lazy';
import type { Plan } from '../../../lib/plans/plan';
import { getPlansState, type PlansState } from '../../../lib/plans/state';
import { handoffOfferText as t } from '../../../lib/strings/handoff';
import { useFocusAfterRender } from '../runtime/useFocusAfterRender';

/** Takes the plans out of the address, so a reload does not offer them again. */
const clearFragment = () => history.replaceState(null, '', location.pathname + location.search);

const headingId = 'plan-handoff-heading';
const doneId = 'plan-handoff-done';

/**
 * The offer of plans handed over from an embed: what they hold, and the choice to add them (a
 * plan the student has in another version as a copy, one they have as it is not again) or not;
 * or, for a code that cannot be read, why not.
 */
function HandoffOffer({
  state,
  result,
}: {
  state: PlansState;
  result: ({ ok: true } & Handoff) | { ok: false; error: HandoffError };
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

  const { plans } = result;
  const count = plans.length;
  const mine = state.mine();
  // The student's own names for the plans they have already, by how each stands.
  const theirs = (kind: 'same' | 'changed') =>
    plans
      .filter((p) => handedKind(mine, p) === kind)
      .map((p) => mine.find((m) => m.id === p.id)!.name);
  const same = theirs('same');
  const changed = theirs('changed');
  const allHere = same.length === count;
  const notes = allHere
    ? [t.allHere(count)]
    : count === 1
      ? changed.map((name) => t.exists(name))
      : [changed.length ? t.copies(changed) : '', same.length ? t.same(same) : ''];
  const add = () => {
    const outcome = addHandedPlans(state, result, t.copySuffix);
    if (!outcome) return setProblem(t.noRoom);
    const current = state.plans.value.find((p) => p.id === outcome.currentId)!.name;
    const message = t.added(
      outcome.added.map((p) => p.name),
      current,
    );
    finish(state.mode.value === 'memory' ? `${message} ${t.inMemory}` : message);
  };

  return (
    <section class="notice plan-handoff" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {t.heading(count)}
      </h2>
      <p>{t.intro(count)}</p>
      {count === 1 ? (
        <OnePlan plan={plans[0]} />
      ) : (
        <ul>
          {plans.map((p) => (
            <li key={p.id}>{t.planLine(planContents(p))}</li>
          ))}
        </ul>
      )}
      {notes.map((note) => note && <p key={note}>{note}</p>)}
      {problem && (
        <p class="notice notice-warning" role="alert">
          {problem}
        </p>
      )}
      <div class="plan-handoff-actions">
        {allHere ? (
          <button type="button" onClick={() => finish(null)}>
            {t.dismiss}
          </button>
        ) : (
          <>
            <button type="button" class="button-primary" onClick={add}>
              {count === 1 && changed.length ? t.addCopy : t.add}
            </button>
            <button type="button" onClick={() => finish(t.declined)}>
              {t.decline}
            </button>
          </>
        )}
      </div>
    </section>
  );
}

/** One plan handed over: its name, the person and what is filled in. */
function OnePlan({ plan }: { plan: Plan }) {
  const contents = planContents(plan);
  const sections = t.sections(contents);
  return (
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
  );
}

/**
 * Reads the hand-off code from the address and shows the offer in the page's
 * `[data-plan-handoff]` slot (src/layouts/Tool.astro), with focus on its heading.
 */
export async function showHandoffOffer(code: string): Promise<void> {
  const slot = document.querySelector<HTMLElement>('[data-plan-handoff]');
  if (!slot) return;
  const result = await decodeHandoff(code);
  render(<HandoffOffer state={getPlansState()} result={result} />, slot);
  document.getElementById(headingId)?.focus();
}
