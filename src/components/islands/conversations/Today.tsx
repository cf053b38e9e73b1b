import type { ConversationsState } from '../../../lib/conversations/state';
import { stepLink, snoozeUntil, type TodayItem } from '../../../lib/conversations/today';
import type { ConversationsText } from '../../../lib/strings/conversations';
import { fill } from '../../../lib/shared/fill';
import { sayOnceSaved, showDay } from './format';
import { stepText } from './steps';

/** What is overdue, due today and due this week, each with its tool, mark done and snooze. */
export function Today({
  s,
  t,
  say,
}: {
  s: ConversationsState;
  t: ConversationsText;
  say: (message: string) => void;
}) {
  const groups = s.today.value;
  const any = groups.overdue.length + groups.today.length + groups.week.length > 0;
  return (
    <section class="cv-today card" aria-labelledby="cv-today-h">
      <h2 id="cv-today-h">{t.today.heading}</h2>
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
  say: (message: string) => void;
}) {
  const step = stepText(item.plan, item.next.kind, t);
  const href = stepLink(item.plan, item.next.kind);
  const canMark = item.next.kind !== 'schedule';
  return (
    <li class="cv-item">
      <span class="cv-item-step">
        {href ? <a href={href}>{step}</a> : <strong>{step}</strong>}{' '}
        <span class="cv-due">{fill(t.today.due, { date: showDay(item.next.due) })}</span>
      </span>
      <span class="cv-item-actions">
        {canMark && (
          <button
            type="button"
            aria-label={fill(t.today.doneLabel, { step })}
            onClick={() =>
              sayOnceSaved(s.done(item), say, fill(t.today.marked, { step }), t.notSaved)
            }
          >
            {t.today.done}
          </button>
        )}
        <button
          type="button"
          aria-label={fill(t.today.snoozeLabel, { step })}
          onClick={() => {
            const until = snoozeUntil(item.next.due, s.now.value);
            sayOnceSaved(
              s.snooze(item),
              say,
              fill(t.today.snoozed, { step, date: showDay(until) }),
              t.notSaved,
            );
          }}
        >
          {t.today.snooze}
        </button>
      </span>
    </li>
  );
}
