import { useState } from 'preact/hooks';
import { todayPageSize, type ConversationsState } from '../../../lib/conversations/state';
import { stepLink, snoozeUntil, type TodayItem } from '../../../lib/conversations/today';
import type { ConversationsText } from '../../../lib/strings/conversations';
import { fill } from '../../../lib/shared/fill';
import { focusNext, sayOnceSaved, showDay, showWhen } from './format';
import { calledBy, stepText } from '../../../lib/conversations/steps';
import { Paged } from './List';
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
  return () => focusNext(() => items()[i] ?? items()[i - 1]);
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
              <Paged
                rows={groups[group]}
                s={s}
                t={t}
                first={todayPageSize}
                render={(item) => (
                  <TodayEntry key={item.plan.id} item={item as TodayItem} s={s} t={t} say={say} />
                )}
              />
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
  const name = calledBy(plan, t);
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
  /** A button; `named` ones say which step they act on ("Mark done: Write to Priya"). */
  const button = (label: string, onClick: () => void, named?: boolean) => (
    <button type="button" aria-label={named ? `${label}: ${step}` : undefined} onClick={onClick}>
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
            <a href={href!.replace('question-builder', 'introduction')}>
              {fill(t.today.introduction, { name })}
            </a>
            {button(
              t.today.ready,
              () => run(s.snooze(item), fill(t.today.readied, { name })),
              true,
            )}
          </>
        ) : (
          <>
            {next.kind !== 'schedule' &&
              button(t.today.done, () => run(s.done(item), fill(t.today.marked, { step })), true)}
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
              true,
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
