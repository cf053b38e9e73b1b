/**
 * The full site's offer of plans handed over from an embed (`#plan=` in the address, see
 * lib/plans/handoff.lazy.ts), shown in the tool layout's slot. Plain DOM like the plan bar it
 * sits above; src/layouts/Tool.astro loads this only when the address carries plans. Its
 * wording is the page's props (./views.ts); what came is put in as text.
 */
import {
  addHandedPlans,
  decodeHandoff,
  handedKind,
  planContents,
  type Handoff,
  type HandoffError,
} from '../../../lib/plans/handoff.lazy';
import { contentLines, planLine } from '../../../lib/plans/contents.lazy';
import type { Plan } from '../../../lib/plans/plan';
import { getPlansState, type PlansState } from '../../../lib/plans/state';
import { fill } from '../../../lib/shared/fill';
import { fragmentParam, planFragmentKey } from '../../../lib/shared/fragment';
import { pageLang, plural } from '../../../lib/shared/plural';
import { el, part, readProps } from '../runtime/dom';
import { handoffOfferView, type HandoffOfferText } from './views';

/** “A”, “B” and “C”: plan names as a sentence in the page's language lists them. */
const quoted = (names: string[], t: HandoffOfferText) =>
  new Intl.ListFormat(pageLang()).format(names.map((name) => fill(t.quote, { name })));

/** Takes the plans out of the address, so a reload does not offer them again. */
const clearFragment = () => history.replaceState(null, '', location.pathname + location.search);

const headingId = 'plan-handoff-heading';

/** A list of lines, as text. */
const list = (lines: string[]) => el('ul', {}, ...lines.map((line) => el('li', {}, line)));

/** A button that calls `onclick`. */
const button = (text: string, onclick: () => void, className = '') =>
  el('button', { type: 'button', className, onclick }, text);

/** The offer's box: a region named by its heading, which takes focus when it is shown. */
function offerSection(className: string, heading: string, ...children: Node[]) {
  const section = el(
    'section',
    { className },
    el('h2', { id: headingId, tabIndex: -1 }, heading),
    ...children,
  );
  section.setAttribute('aria-labelledby', headingId);
  return section;
}

/** One plan handed over: its name, the person and what is filled in. */
function onePlan(plan: Plan, t: HandoffOfferText) {
  const contents = planContents(plan);
  const sections = contentLines(contents, t);
  return el(
    'dl',
    {},
    el('dt', {}, t.planLabel),
    el('dd', {}, contents.name),
    el('dt', {}, t.personLabel),
    el('dd', {}, contents.person.length ? contents.person.join(', ') : t.noPerson),
    el('dt', {}, t.contentsLabel),
    el('dd', {}, sections.length ? list(sections) : t.nothing),
  );
}

/**
 * The offer of plans handed over from an embed: what they hold, and the choice to add them (a
 * plan the student has in another version as a copy, one they have as it is not again) or not;
 * or, for a code that cannot be read, why not. `finish` ends it, with a message or without.
 */
function offer(
  state: PlansState,
  result: ({ ok: true } & Handoff) | { ok: false; error: HandoffError },
  t: HandoffOfferText,
  finish: (message: string | null) => void,
): HTMLElement {
  const dismiss = () => button(t.dismiss, () => finish(null));
  if (!result.ok)
    return offerSection(
      'notice notice-error plan-handoff',
      t.errorHeading,
      el('p', {}, t.errors[result.error]),
      dismiss(),
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
  const actions = el('div', { className: 'plan-handoff-actions' });
  let problem: HTMLElement | undefined;
  const add = () => {
    const outcome = addHandedPlans(state, result, t.copySuffix);
    if (!outcome) {
      // Said once, by an alert that comes with its text; focus stays on the button.
      if (!problem) {
        problem = el('p', { className: 'notice notice-warning' }, t.noRoom);
        problem.setAttribute('role', 'alert');
        actions.before(problem);
      }
      return;
    }
    const current = state.plans.value.find((p) => p.id === outcome.currentId)!.name;
    const names = outcome.added.map((p) => p.name);
    const message =
      names.length === 1 && names[0] === current
        ? fill(t.addedCurrent, { current })
        : plural(t.added, names.length, { name: names[0], current });
    finish(state.mode.value === 'memory' ? `${message} ${t.inMemory}` : message);
  };
  actions.append(
    ...(allHere
      ? [dismiss()]
      : [
          button(count === 1 && changed.length ? t.addCopy : t.add, add, 'button-primary'),
          button(t.decline, () => finish(t.declined)),
        ]),
  );

  return offerSection(
    'notice plan-handoff',
    plural(t.heading, count),
    el('p', {}, plural(t.intro, count)),
    count === 1 ? onePlan(plans[0], t) : list(plans.map((p) => planLine(planContents(p), t))),
    ...notes.filter(Boolean).map((note) => el('p', {}, note)),
    actions,
  );
}

/**
 * Reads the plans handed over from the address (`#plan=…`) and shows the offer in the page's
 * `[data-plan-handoff]` slot (src/layouts/Tool.astro), with focus on its heading. Once the
 * student has chosen, a message takes its place with focus, or (for a dismissed offer or
 * error, which leave nothing behind) focus goes on to the plan bar's switcher.
 */
export async function showHandoffOffer(): Promise<void> {
  const slot = document.querySelector<HTMLElement>('[data-plan-handoff]');
  const code = fragmentParam(location.hash, planFragmentKey);
  if (!slot || code === null) return;
  const result = await decodeHandoff(code);
  const finish = (message: string | null) => {
    clearFragment();
    if (message === null) {
      document.getElementById('iik-plan')?.focus();
      slot.replaceChildren();
      return;
    }
    const done = el('p', { className: 'notice', tabIndex: -1 }, message);
    slot.replaceChildren(done);
    done.focus();
  };
  slot.replaceChildren(offer(getPlansState(), result, readProps(handoffOfferView), finish));
  part(slot, 'h2').focus();
}
