import { useState } from 'preact/hooks';
import type { ConversationsState } from '../../../lib/conversations/state';
import { stepLink, snoozeUntil, type TodayItem } from '../../../lib/conversations/today';
import type { ConversationsText } from '../../../lib/strings/conversations';
import { fill } from '../../../lib/shared/fill';
import { sayOnceSaved, showDay, showWhen } from './format';
import { firstName, stepText } from './steps';
import type { TalkAnswer } from './TalkAnswer.lazy';

type Say = (message: string) => void;

/**
 * After a one-click action takes an entry out of the list, focus goes to the entry now in its
 * place (the next one; else the one before), or to Today's heading when the list is empty:
 * never to the page.
 */
function focusAfter(li: Element) {
  const items = () => [...document.querySelectorAll('.cv-item')];
  const i = items().indexOf(li);
  return () =>
    requestAnimationFrame(() => {
      const now = items();
      (
        (now[i] ?? now[i - 1])?.querySelector<HTMLElement>('a, button') ??
        document.getElementById('cv-today-h')
      )?.focus();
    });
}

/** What is overdue, due today and due in the next 7 days, each with its tool, done and snooze. */
export function Today({ s, t, say }: { s: ConversationsState; t: ConversationsText; say: Say }) {
  const groups = s.today.value;
  const any = groups.overdue.length + groups.today.length + groups.week.length > 0;
  return (
    <section class="cv-today card" aria-labelledby="cv-today-h">
      <h2 id="cv-today-h" tabIndex={-1}>
        {t.today.heading}
      </h2>
      {!any && <p>{t.today.nothing}</p>}
      {(['overdue', 'today', 'week'] as const).map(
        (group) =>
          groups[group].length > 0 && (
            <div key={group} class={`cv-group cv-group-${group}`}>
              <h3 id={`cv-${group}-h`}>
                {t.today[group]} ({groups[group].length})
              </h3>
              <ul aria-labelledby={`cv-${group}-h`}>
                {groups[group].map((item) => (
                  <TodayEntry key={item.plan.id} item={item} s={s} t={t} say={say} />
                ))}
              </ul>
            </div>
          ),
      )}
    </section>
  );
}

function TodayEntry({
  item,
  s,
  t,
  say,
}: {
  item: TodayItem;
  s: ConversationsState;
  t: ConversationsText;
  say: Say;
}) {
  const { plan, next } = item;
  const step = stepText(plan, next.kind, t);
  const href = stepLink(plan, next.kind);
  const name = firstName(plan, t);
  // "It moved" or "it did not happen": the answer's own form (loaded when chosen), in place of
  // the three buttons.
  const [answer, setAnswer] = useState<{ Form: typeof TalkAnswer; moved: boolean } | null>(null);
  const choose = (moved: boolean) =>
    void import('./TalkAnswer.lazy').then((m) => setAnswer({ Form: m.TalkAnswer, moved }));
  /** Runs a one-click action, says what it did, then moves focus on. */
  const run = (saved: boolean | Promise<boolean>, message: string) => {
    const refocus = focusAfter(document.activeElement!.closest('.cv-item')!);
    sayOnceSaved(saved, (m) => (say(m), refocus()), message, t.notSaved);
  };
  const button = (label: string, onClick: () => void, aria?: string) => (
    <button type="button" aria-label={aria} onClick={onClick}>
      {label}
    </button>
  );
  let actions;
  if (next.kind === 'confirm')
    actions = answer ? (
      <answer.Form item={item} s={s} t={t} name={name} moved={answer.moved} run={run} />
    ) : (
      <span class="cv-item-actions" role="group" aria-label={fill(t.today.answersLabel, { name })}>
        {button(t.today.yes, () => run(s.done(item), fill(t.today.talked, { name })))}
        {button(t.today.moved, () => choose(true))}
        {button(t.today.missed, () => choose(false))}
      </span>
    );
  else if (next.kind !== 'talk')
    actions = (
      <span class="cv-item-actions">
        {next.kind === 'prepare' ? (
          <>
            <a
              href={`/tools/introduction/?plan=${encodeURIComponent(plan.id)}`}
              aria-label={fill(t.today.introductionLabel, { name })}
            >
              {t.today.introduction}
            </a>
            {button(
              t.today.ready,
              () => run(s.snooze(item), fill(t.today.readied, { name })),
              fill(t.today.readyLabel, { step }),
            )}
          </>
        ) : (
          <>
            {next.kind !== 'schedule' &&
              button(
                t.today.done,
                () => run(s.done(item), fill(t.today.marked, { step })),
                fill(t.today.doneLabel, { step }),
              )}
            {button(
              t.today.snooze,
              () =>
                run(
                  s.snooze(item),
                  fill(t.today.snoozed, {
                    step,
                    date: showDay(snoozeUntil(item.next.due, s.now.value)),
                  }),
                ),
              fill(t.today.snoozeLabel, { step }),
            )}
          </>
        )}
      </span>
    );
  return (
    <li class="cv-item">
      <span class="cv-item-step">
        {href ? <a href={href}>{step}</a> : <strong>{step}</strong>}{' '}
        <span class="cv-due">
          {next.at ? showWhen(next.at) : fill(t.today.due, { date: showDay(next.due) })}
        </span>
      </span>
      {actions}
    </li>
  );
}
