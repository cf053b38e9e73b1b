import { render } from 'preact';
import { useState } from 'preact/hooks';
import {
  addHandedPlans,
  decodeHandoff,
  handedKind,
  planContents,
  type Handoff,
  type HandoffError,
  type PlanContents,
} from '../../../lib/plans/handoff.lazy';
import type { Plan } from '../../../lib/plans/plan';
import { getPlansState, type PlansState } from '../../../lib/plans/state';
import { fill } from '../../../lib/shared/fill';
import { fragmentParam, planFragmentKey } from '../../../lib/shared/fragment';
import { pageLang, plural } from '../../../lib/shared/plural';
import { readProps } from '../runtime/dom';
import { useFocusAfterRender } from '../runtime/useFocusAfterRender';
import { handoffOfferView, type HandoffOfferText } from './views';

/** What a plan holds, one line per section with content, in the page's wording. */
export function contentLines(c: PlanContents, t: HandoffOfferText): string[] {
  const { sections: s, parts: w } = t;
  const line = (template: string, parts: (string | false)[]) =>
    fill(template, { parts: parts.filter(Boolean).join(', ') });
  const lines: string[] = [];
  if (c.checklist)
    lines.push(
      line(s.checklist, [
        plural(w.ticked, c.checklist.done),
        !!c.checklist.own && plural(w.own, c.checklist.own),
        c.checklist.notes && w.notes,
      ]),
    );
  if (c.questions)
    lines.push(
      line(s.questions, [
        plural(w.questions, c.questions.count),
        !!c.questions.answered && fill(w.answered, { n: c.questions.answered }),
      ]),
    );
  if (c.outreach)
    lines.push(
      line(s.outreach, [
        c.outreach.details && w.details,
        !!c.outreach.drafts && plural(w.drafts, c.outreach.drafts),
      ]),
    );
  if (c.conversation)
    lines.push(
      line(s.conversation, [
        plural(w.entries, c.conversation.entries),
        c.conversation.debrief && w.debrief,
      ]),
    );
  return lines;
}

/**
 * One plan of several, on one line: its name, the person where that adds to the name, and
 * what is filled in.
 */
export function planLine(c: PlanContents, t: HandoffOfferText): string {
  const person = c.person.filter((part) => part !== c.name);
  const lines = contentLines(c, t);
  return fill(t.planLine, {
    name: c.name,
    person: person.length ? fill(t.planPerson, { person: person.join(', ') }) : '',
    contents: lines.length ? lines.join('; ') : t.planEmpty,
  });
}

/** “A”, “B” and “C”: plan names as a sentence in the page's language lists them. */
const quoted = (names: string[], t: HandoffOfferText) =>
  new Intl.ListFormat(pageLang()).format(names.map((name) => fill(t.quote, { name })));

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
  const [t] = useState(() => readProps(handoffOfferView));
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
    ? [plural(t.allHere, count)]
    : count === 1
      ? changed.map((name) => fill(t.exists, { name }))
      : [
          changed.length ? plural(t.copies, changed.length, { names: quoted(changed, t) }) : '',
          same.length ? plural(t.same, same.length, { names: quoted(same, t) }) : '',
        ];
  const add = () => {
    const outcome = addHandedPlans(state, result, t.copySuffix);
    if (!outcome) return setProblem(t.noRoom);
    const current = state.plans.value.find((p) => p.id === outcome.currentId)!.name;
    const names = outcome.added.map((p) => p.name);
    const message =
      names.length === 1 && names[0] === current
        ? fill(t.addedCurrent, { current })
        : plural(t.added, names.length, { name: names[0], current });
    finish(state.mode.value === 'memory' ? `${message} ${t.inMemory}` : message);
  };

  return (
    <section class="notice plan-handoff" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {plural(t.heading, count)}
      </h2>
      <p>{plural(t.intro, count)}</p>
      {count === 1 ? (
        <OnePlan plan={plans[0]} t={t} />
      ) : (
        <ul>
          {plans.map((p) => (
            <li key={p.id}>{planLine(planContents(p), t)}</li>
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
function OnePlan({ plan, t }: { plan: Plan; t: HandoffOfferText }) {
  const contents = planContents(plan);
  const sections = contentLines(contents, t);
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
 * Reads the plans handed over from the address (`#plan=…`) and shows the offer in the page's
 * `[data-plan-handoff]` slot (src/layouts/Tool.astro), with focus on its heading.
 */
export async function showHandoffOffer(): Promise<void> {
  const slot = document.querySelector<HTMLElement>('[data-plan-handoff]');
  const code = fragmentParam(location.hash, planFragmentKey);
  if (!slot || code === null) return;
  const result = await decodeHandoff(code);
  render(<HandoffOffer state={getPlansState()} result={result} />, slot);
  document.getElementById(headingId)?.focus();
}
