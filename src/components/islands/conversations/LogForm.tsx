import { useState } from 'preact/hooks';
import {
  entryFromForm,
  loggableKinds,
  type EntryProblem,
} from '../../../lib/conversations/log-form';
import { closeReasons, type LogKind } from '../../../lib/conversations/log';
import { addEntry, removeEntry } from '../../../lib/conversations/actions.lazy';
import { sortedLog } from '../../../lib/conversations/entries';
import { localDate } from '../../../lib/shared/dates';
import { fill } from '../../../lib/shared/fill';
import { AddRow, Field, type RowPartProps } from './RowForm';
import { sayOnceSaved, showWhen } from './format';

/** Inside "Log what happened": any event on any date, and the history with a way to take one out. */
export function LogForm({ plan, s, t, name, say }: RowPartProps) {
  const [kind, setKind] = useState<LogKind>('asked');
  const [date, setDate] = useState(() => localDate(s.now.value));
  const [meeting, setMeeting] = useState('');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<EntryProblem | null>(null);
  const id = (part: string) => `cv-${part}-${plan.id}`;
  const history = sortedLog(plan.conversation.log).reverse();
  const what = (e: (typeof history)[number]) =>
    [
      t.kinds[e.kind],
      e.kind === 'scheduled' && e.meetingAt
        ? fill(t.scheduledFor, { date: showWhen(e.meetingAt) })
        : '',
      e.kind === 'closed' && e.reason ? `(${t.reasons[e.reason]})` : '',
    ]
      .filter(Boolean)
      .join(' ');
  const invalid = (field: EntryProblem) =>
    problem === field ? { 'aria-invalid': 'true' as const, 'aria-describedby': id('problem') } : {};

  return (
    <>
      <AddRow
        add={() => {
          const entry = entryFromForm({
            kind,
            date,
            meeting,
            reason,
            channel: plan.outreach.channel,
          });
          if (typeof entry === 'string') {
            setProblem(entry);
            document.getElementById(id(entry))?.focus();
            return;
          }
          setProblem(null);
          sayOnceSaved(
            s.change(plan.id, (p) => addEntry(p, entry, s.newId)),
            say,
            fill(t.log.logged, { name, what: t.kinds[entry.kind] }),
            t.notSaved,
          );
        }}
      >
        <Field id={id('kind')} label={t.log.kind}>
          <select
            id={id('kind')}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as LogKind)}
          >
            {loggableKinds.map((k) => (
              <option key={k} value={k}>
                {t.kinds[k]}
              </option>
            ))}
          </select>
        </Field>
        <Field id={id('date')} label={t.log.date}>
          <input
            id={id('date')}
            type="date"
            value={date}
            required
            {...invalid('date')}
            onInput={(e) => setDate(e.currentTarget.value)}
          />
        </Field>
        {kind === 'scheduled' && (
          <Field id={id('meeting')} label={t.log.meeting}>
            <input
              id={id('meeting')}
              type="datetime-local"
              value={meeting}
              {...invalid('meeting')}
              onInput={(e) => setMeeting(e.currentTarget.value)}
            />
          </Field>
        )}
        {kind === 'closed' && (
          <Field id={id('reason')} label={t.log.reason}>
            <select
              id={id('reason')}
              value={reason}
              {...invalid('reason')}
              onChange={(e) => setReason(e.currentTarget.value)}
            >
              <option value="">{t.log.reasonPick}</option>
              {closeReasons.map((r) => (
                <option key={r} value={r}>
                  {t.reasons[r]}
                </option>
              ))}
            </select>
          </Field>
        )}
        <button type="submit">{t.log.button}</button>
        {problem && (
          <p id={id('problem')} class="cv-problem">
            {t.log.problems[problem]}
          </p>
        )}
      </AddRow>
      {history.length > 0 && (
        <>
          <h4>{t.log.history}</h4>
          <ol class="cv-history" reversed>
            {history.map((e) => (
              <li key={e.id}>
                <span>
                  {showWhen(e.at)}: {what(e)}
                </span>{' '}
                <button
                  type="button"
                  class="cv-small"
                  aria-label={fill(t.log.removeLabel, { what: what(e), date: showWhen(e.at) })}
                  onClick={() =>
                    sayOnceSaved(
                      s.change(plan.id, (p) => removeEntry(p, e.id)),
                      say,
                      fill(t.log.removed, { what: what(e) }),
                      t.notSaved,
                    )
                  }
                >
                  {t.log.remove}
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
