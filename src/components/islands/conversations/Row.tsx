import type { ConversationsState } from '../../../lib/conversations/state';
import { isClosed } from '../../../lib/conversations/rows';
import { stepLink, type PlanRow } from '../../../lib/conversations/today';
import type { ConversationsText } from '../../../lib/strings/conversations';
import { fill } from '../../../lib/shared/fill';
import { useState } from 'preact/hooks';
import { sayOnceSaved, showDay, showWhen } from './format';
import type * as RowParts from './RowParts.lazy';
import { stepText } from '../../../lib/conversations/steps';

// Loaded once for the whole page, the first time any card's log or debrief is opened.
let parts: typeof RowParts | null = null;
let loading: Promise<typeof RowParts> | null = null;
const loadParts = () => (loading ??= import('./RowParts.lazy').then((m) => (parts = m)));

/** One person: who, how connected, stage, last event, next step; the log and the debrief. */
export function Row({
  row,
  s,
  t,
  labels,
  say,
}: {
  row: PlanRow;
  s: ConversationsState;
  t: ConversationsText;
  labels: Record<string, string>;
  say: (message: string) => void;
}) {
  const { plan, status } = row;
  const [Parts, setParts] = useState(parts);
  const open = () => {
    if (!Parts) void loadParts().then(setParts);
  };
  const p = plan.person;
  // The person's name, or the plan's when the person has none yet.
  const name = p.name.trim() || plan.name.trim() || t.row.unnamed;
  const headingId = `cv-row-${plan.id}`;
  const who = [p.role, p.organization]
    .map((x) => x.trim())
    .filter(Boolean)
    .join(', ');
  const connection = [
    p.connection ? labels[p.connection] : '',
    p.connection === 'referral' && p.referrer.trim()
      ? fill(t.row.referredBy, { name: p.referrer.trim() })
      : '',
  ]
    .filter(Boolean)
    .join(', ');
  const next = status.next;
  const href = next && stepLink(plan, next.kind);
  const closed = isClosed(status.stage);
  const talked = plan.conversation.log.some((e) => e.kind === 'talked');
  return (
    <li class="cv-row card">
      <h3 id={headingId} tabIndex={-1}>
        {name}
      </h3>
      {who && <p class="cv-who">{who}</p>}
      <dl class="cv-facts">
        {connection && (
          <div>
            <dt>{t.row.connection}</dt>
            <dd>{connection}</dd>
          </div>
        )}
        <div>
          <dt>{t.row.stage}</dt>
          <dd>
            <span class={`cv-stage cv-stage-${status.stage}`}>{t.stages[status.stage]}</span>
          </dd>
        </div>
        <div>
          <dt>{t.row.last}</dt>
          <dd>
            {status.last
              ? `${t.kinds[status.last.kind]}, ${showWhen(status.last.at)}`
              : t.row.nothingYet}
          </dd>
        </div>
        <div>
          <dt>{t.row.next}</dt>
          <dd>
            {next ? (
              <>
                {href ? (
                  <a href={href}>{stepText(plan, next.kind, t)}</a>
                ) : (
                  stepText(plan, next.kind, t)
                )}
                {`, ${showDay(next.due)}`}
              </>
            ) : (
              t.row.noNext
            )}
          </dd>
        </div>
      </dl>
      {closed && (
        <p>
          <button
            type="button"
            aria-label={fill(t.row.reopenLabel, { name })}
            onClick={() =>
              sayOnceSaved(s.reopen(plan.id), say, fill(t.row.reopened, { name }), t.notSaved)
            }
          >
            {t.row.reopen}
          </button>
        </p>
      )}
      <details class="cv-log" onToggle={open}>
        <summary>
          {t.log.summary}
          <span class="visually-hidden"> {fill(t.log.summaryWho, { name })}</span>
        </summary>
        {Parts && <Parts.LogForm plan={plan} s={s} t={t} name={name} say={say} />}
      </details>
      {talked && (
        <details class="cv-debrief" onToggle={open}>
          <summary>
            {t.debrief.summary}
            <span class="visually-hidden"> {fill(t.debrief.summaryWho, { name })}</span>
          </summary>
          {Parts && <Parts.Debrief plan={plan} s={s} t={t} name={name} say={say} />}
        </details>
      )}
    </li>
  );
}
