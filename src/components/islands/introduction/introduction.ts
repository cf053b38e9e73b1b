/**
 * The introduction builder (IntroductionTool.astro renders it as `<iik-introduction>`): a custom
 * element that starts itself once this module defines it. Its fields and lines follow the state
 * in src/lib/introduction/state.ts, and typing, rebuilding and the practice timer call its
 * actions. Plain DOM, no Preact (see ../runtime/dom.ts for why); the wording comes as props
 * (./view.ts).
 */
import { describeIntroCheck } from '../../../lib/introduction/checks';
import {
  clock,
  inWords,
  introPartIds,
  lengthLine,
  longSeconds,
  practiceSeconds,
} from '../../../lib/introduction/introduction';
import { createIntroductionState, type IntroductionState } from '../../../lib/introduction/state';
import type { PlansState } from '../../../lib/plans/state';
import { effect } from '../../../lib/shared/signals';
import { fill } from '../../../lib/shared/fill';
import type { IntroText } from '../../../lib/strings/introduction';
import { bindShown, bindText, bindValue } from '../runtime/bind';
import { defineElement, part } from '../runtime/dom';
import { pagePlans } from '../plans/page-plans';
import { introductionView, type IntroductionProps } from './view';

/** Makes the server-rendered builder in `root` live over the current plan. */
function bindIntroduction(
  root: HTMLElement,
  plans: PlansState,
  { t, checks: wording, phrases, rules }: IntroductionProps,
): void {
  const s = createIntroductionState(plans, { phrases, rules });
  const text = () => s.text.value;

  for (const id of introPartIds) {
    const field = part<HTMLTextAreaElement>(root, `#intro-${id}`);
    bindValue(field, () => s.section.value.parts[id]);
    field.oninput = () => s.setPart(id, field.value);
  }
  const said = part<HTMLTextAreaElement>(root, '#intro-said');
  bindValue(said, text);
  said.oninput = () => s.edit(said.value);
  bindText(part(root, '#intro-said-hint'), () => (text() ? t.textHint : t.empty));
  bindText(part(root, '.intro-print'), text);
  bindText(part(root, '[data-length]'), () => lengthLine(t, s.length.value));
  bindShown(part(root, '.intro-long'), () => s.length.value.verdict === 'long');
  bindShown(part(root, '[data-short]'), () => s.length.value.verdict === 'short');
  bindShown(part(root, '[data-edited]'), () => s.section.value.edited);
  part(root, '[data-rebuild]').onclick = () => s.rebuild();

  bindShown(part(root, '[data-checks]'), () => !!text());
  effect(() => {
    const checks = s.checks.value;
    const fails = checks.filter((c) => c.state === 'fail').length;
    part(root, '[data-summary]').textContent = fill(t.checksSummary, {
      fail: fails,
      pass: checks.length - fails,
    });
    for (const c of checks) {
      const item = part(root, `[data-check=${c.id}]`);
      const { message, reason = '' } = describeIntroCheck(c, wording);
      item.className = `intro-${c.state}`;
      part(item, '.intro-mark').textContent = c.state === 'pass' ? '✓' : '✗';
      part(item, '[data-state]').textContent = `${t.states[c.state]} `;
      part(item, '[data-message]').textContent = message;
      part(item, '.intro-reason').textContent = reason;
    }
  });
  // Re-saves the joined text when the person changed in another tool since it was saved, so the
  // sheets that print it say what this page shows.
  effect(() => {
    void s.joined.value;
    s.sync();
  });
  bindPractice(root, s, t);
  part<HTMLFieldSetElement>(root, 'fieldset').disabled = false;
}

/**
 * Practice mode: the introduction in large type with a start/stop timer (one button, so Space
 * or Enter starts and stops it). The result is said once in a polite live region and kept on
 * the plan as the last time, and as the best when it is the closest yet to 30 seconds.
 */
function bindPractice(root: HTMLElement, s: IntroductionState, t: IntroText) {
  const open = part<HTMLButtonElement>(root, '#intro-practice-open');
  const stage = part(root, '.intro-stage');
  const timer = part<HTMLButtonElement>(root, '#intro-timer');
  const shown = part(root, '[data-clock]');
  const result = part(root, '.intro-result');
  const big = part(root, '.intro-big');
  bindText(big, () => s.text.value);
  bindShown(big, () => !!s.text.value);
  bindShown(part(root, '[data-practice-empty]'), () => !s.text.value);
  const times = part(root, '.intro-times');
  const practice = () => s.section.value.practice;
  bindShown(times, () => practice().last !== null);
  bindText(times, () => {
    const { last, best } = practice();
    return last === null
      ? ''
      : [
          fill(t.last, { time: inWords(t, last) }),
          best !== null && fill(t.best, { time: inWords(t, best) }),
        ]
          .filter(Boolean)
          .join(' ');
  });

  let startedAt: number | null = null;
  let tick = 0;
  const stop = () => {
    clearInterval(tick);
    startedAt = null;
    timer.textContent = t.start;
  };
  timer.onclick = () => {
    if (startedAt === null) {
      const start = (startedAt = performance.now());
      result.textContent = '';
      shown.textContent = clock(0);
      timer.textContent = t.stop;
      tick = window.setInterval(
        () => (shown.textContent = clock(practiceSeconds(performance.now() - start))),
        250,
      );
      return;
    }
    const seconds = practiceSeconds(performance.now() - startedAt);
    stop();
    shown.textContent = clock(seconds);
    const before = s.section.value.practice.best;
    s.practised(seconds);
    const best = before !== null && before !== seconds && s.section.value.practice.best === seconds;
    result.textContent = fill(
      seconds > longSeconds ? t.resultLong : best ? t.resultBest : t.result,
      { time: inWords(t, seconds) },
    );
  };
  open.onclick = () => {
    open.hidden = true;
    stage.hidden = false;
    timer.focus();
  };
  part(root, '[data-close]').onclick = () => {
    stop();
    stage.hidden = true;
    open.hidden = false;
    open.focus();
  };
}

/** `<iik-introduction>`: once connected, the builder works on the page's current plan. */
defineElement(introductionView, (root, props) => bindIntroduction(root, pagePlans(), props));
