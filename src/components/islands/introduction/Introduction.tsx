import { useEffect, useMemo } from 'preact/hooks';
import './Introduction.css';
import { describeIntroCheck } from '../../../lib/introduction/checks';
import { createIntroductionState } from '../../../lib/introduction/state';
import { introPartIds, wordsPerMinute } from '../../../lib/introduction/introduction';
import { textLimits } from '../../../lib/plans/plan';
import { blankPlanStore } from '../../../lib/plans/state';
import { fill } from '../../../lib/shared/fill';
import {
  joinPhrases,
  type IntroCheckText,
  type IntroText,
} from '../../../lib/strings/introduction';
import type { IntroCheckId } from '../../../lib/introduction/checks';
import { PlanFields } from '../plans/PlanFields';
import { usePlans } from '../plans/usePlans';
import { defineIsland } from '../runtime/define';
import { useSignals } from '../runtime/useSignals';
import { inWords, Practice } from './Practice';

/**
 * The introduction builder: the four parts, the joined text to edit with its spoken length and
 * checks, and practice with a timer. A thin view over src/lib/introduction/state.ts.
 */
export default function Introduction({
  t,
  checks: wording,
}: {
  t: IntroText;
  checks: Record<IntroCheckId, IntroCheckText>;
}) {
  const plans = usePlans();
  // Before the plans load (server render and hydration) the tool shows an empty plan.
  const s = useMemo(() => createIntroductionState(plans ?? blankPlanStore()), [plans]);
  const { section, joined, text, length, checks } = useSignals(
    () => ({
      section: s.section.value,
      joined: s.joined.value,
      text: s.text.value,
      length: s.length.value,
      checks: s.checks.value,
    }),
    [s],
  );
  const fails = checks.filter((c) => c.state === 'fail').length;
  // Once the saved plans are in, and on another plan: re-save the joined text if the person
  // changed in another tool, so the sheets that print it say what this page shows.
  useEffect(() => {
    if (plans) s.sync();
  }, [s, joined]);

  return (
    <PlanFields ready={!!plans}>
      <div class="intro">
        <section class="intro-parts" aria-labelledby="intro-parts-h">
          <h2 id="intro-parts-h">{t.partsHeading}</h2>
          <p>{t.partsIntro}</p>
          {introPartIds.map((id) => {
            const part = t.parts[id];
            return (
              <div class="intro-part" key={id}>
                <label for={`intro-${id}`}>{part.label}</label>
                <p id={`intro-${id}-hint`} class="intro-hint">
                  {part.hint} {t.examplePrefix} <q>{part.example}</q>
                </p>
                <div class="intro-lead">
                  <strong aria-hidden="true">{joinPhrases.lead[id]}</strong>
                  <textarea
                    id={`intro-${id}`}
                    rows={2}
                    dir="auto"
                    maxLength={textLimits.introPart}
                    aria-describedby={`intro-${id}-hint`}
                    value={section.parts[id]}
                    onInput={(e) => s.setPart(id, e.currentTarget.value)}
                  />
                </div>
              </div>
            );
          })}
          <p class="intro-hint">{t.personNote}</p>
        </section>

        <section class="intro-text" aria-labelledby="intro-text-h">
          <h2 id="intro-text-h">{t.textHeading}</h2>
          <label for="intro-said">{t.textLabel}</label>
          <p id="intro-said-hint" class="intro-hint">
            {text ? t.textHint : t.empty}
          </p>
          <textarea
            id="intro-said"
            class="no-print"
            dir="auto"
            rows={6}
            maxLength={textLimits.introText}
            aria-describedby="intro-said-hint intro-length"
            value={text}
            onInput={(e) => s.edit(e.currentTarget.value)}
          />
          <p class="print-only intro-print">{text}</p>
          <p id="intro-length" class="intro-length">
            {fill(t.length, { ...length, time: inWords(t, length.seconds), wpm: wordsPerMinute })}
            {length.verdict === 'long' && <strong class="intro-long"> {t.long}</strong>}
            {length.verdict === 'short' && <span> {t.short}</span>}
          </p>
          {section.edited && (
            <p class="notice no-print">
              {t.edited}{' '}
              <button type="button" onClick={() => s.rebuild()}>
                {t.reset}
              </button>
            </p>
          )}
          {text && (
            <div class="no-print">
              <h3>{t.checksHeading}</h3>
              <p>{fill(t.checksSummary, { fail: fails, pass: checks.length - fails })}</p>
              <ul class="intro-checks">
                {checks.map((c) => {
                  const d = describeIntroCheck(c, wording);
                  return (
                    <li key={c.id} class={`intro-${c.state}`}>
                      <span class="intro-mark" aria-hidden="true">
                        {c.state === 'pass' ? '✓' : '✗'}
                      </span>
                      <span>
                        <span class="visually-hidden">{t.states[c.state]} </span>
                        {d.message}
                        {d.reason && <span class="intro-reason"> {d.reason}</span>}
                      </span>
                    </li>
                  );
                })}
              </ul>
            </div>
          )}
        </section>

        <Practice s={s} t={t} text={text} />
      </div>
    </PlanFields>
  );
}

/** The introduction island: its name on the page and its component, written once. */
export const introductionIsland = defineIsland('introduction', Introduction);
