import { useEffect, useState } from 'preact/hooks';
import { longSeconds, practiceSeconds } from '../../../lib/introduction/introduction';
import type { IntroductionState } from '../../../lib/introduction/state';
import { fill } from '../../../lib/shared/fill';
import type { IntroText } from '../../../lib/strings/introduction';
import { useFocusAfterRender } from '../runtime/useFocusAfterRender';
import { useSignals } from '../runtime/useSignals';

/** A time in seconds in words: "1 second", "34 seconds". */
export const inWords = (t: IntroText, n: number) => fill(n === 1 ? t.second : t.seconds, { n });

/** Minutes and seconds, as a clock shows them: 0:07, 1:02. */
const clock = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/**
 * Practice mode: the introduction in large type with a start/stop timer (one button, so Space
 * or Enter starts and stops it). The result is said once in a polite live region and kept on
 * the plan as the last time, and as the best when it is the closest yet to 30 seconds.
 */
export function Practice({ s, t, text }: { s: IntroductionState; t: IntroText; text: string }) {
  const practice = useSignals(() => s.section.value.practice, [s]);
  const [open, setOpen] = useState(false);
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [now, setNow] = useState(0);
  // The clock keeps showing the last run's time once it is stopped.
  const [shown, setShown] = useState(0);
  const [result, setResult] = useState('');
  const focus = useFocusAfterRender();

  useEffect(() => {
    if (startedAt === null) return;
    const tick = setInterval(() => setNow(performance.now()), 250);
    return () => clearInterval(tick);
  }, [startedAt]);

  const toggle = () => {
    if (startedAt === null) {
      setResult('');
      setNow(performance.now());
      setStartedAt(performance.now());
      return;
    }
    const seconds = practiceSeconds(performance.now() - startedAt);
    setStartedAt(null);
    setShown(seconds);
    const before = s.section.value.practice.best;
    s.practised(seconds);
    const best = before !== null && before !== seconds && s.section.value.practice.best === seconds;
    setResult(
      fill(seconds > longSeconds ? t.resultLong : best ? t.resultBest : t.result, {
        time: inWords(t, seconds),
      }),
    );
  };
  const close = () => {
    setStartedAt(null);
    setOpen(false);
    focus('intro-practice-open');
  };
  const elapsed = startedAt === null ? shown : practiceSeconds(now - startedAt);

  return (
    <section class="intro-practice no-print" aria-labelledby="intro-practice-h">
      <h2 id="intro-practice-h">{t.practiceHeading}</h2>
      <p>{t.practiceIntro}</p>
      {!open && (
        <button
          type="button"
          id="intro-practice-open"
          class="button-primary"
          onClick={() => {
            setOpen(true);
            focus('intro-timer');
          }}
        >
          {t.practiceOpen}
        </button>
      )}
      {open && (
        <div class="intro-stage">
          {text ? (
            <p class="intro-big" dir="auto">
              {text}
            </p>
          ) : (
            <p>{t.practiceEmpty}</p>
          )}
          <div class="intro-controls">
            <button type="button" id="intro-timer" class="button-primary" onClick={toggle}>
              {startedAt === null ? t.start : t.stop}
            </button>
            <p class="intro-clock" role="timer">
              <span class="visually-hidden">{t.clock} </span>
              {clock(elapsed)}
            </p>
            <button type="button" onClick={close}>
              {t.practiceClose}
            </button>
          </div>
        </div>
      )}
      <p role="status" class="intro-result">
        {result}
      </p>
      {practice.last !== null && (
        <p class="intro-times">
          {fill(t.last, { time: inWords(t, practice.last) })}{' '}
          {practice.best !== null && fill(t.best, { time: inWords(t, practice.best) })}
        </p>
      )}
    </section>
  );
}
