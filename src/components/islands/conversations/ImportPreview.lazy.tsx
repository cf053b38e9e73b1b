import { useMemo, useState } from 'preact/hooks';
import {
  initialChoice,
  matchRows,
  previewRows,
  type ImportRow,
  type RowProblem,
} from '../../../lib/conversations/csv-read.lazy';
import type { NewPerson } from '../../../lib/conversations/people';
import { fill } from '../../../lib/shared/fill';
import { formatNumber, plural } from '../../../lib/shared/plural';
import type { DataToolsText } from './data-tools-view';

type PreviewText = DataToolsText['preview'];

/** What the status line says once a file is read: how many people, and who starts chosen. */
export function foundMessage(file: string, rows: readonly ImportRow[], t: PreviewText): string {
  const chosen = initialChoice(rows).size;
  const start =
    chosen === rows.length ? t.startAll : chosen === 0 ? t.startNone : plural(t.startSome, chosen);
  return `${plural(t.found, rows.length, { file })} ${start}`;
}

/**
 * The import preview: everyone the file holds, in a table that reflows into one block per
 * person on a narrow screen, with a filter, tick boxes and the rows that could not be read.
 * Nothing is added until the student confirms. Loaded with the CSV parser, on demand.
 */
export default function ImportPreview({
  t,
  connections,
  file,
  rows,
  problems,
  say,
  onConfirm,
  onCancel,
}: {
  /** The preview's wording, from the page. */
  t: PreviewText;
  connections: DataToolsText['connections'];
  file: string;
  rows: ImportRow[];
  problems: RowProblem[];
  say: (message: string) => void;
  onConfirm: (people: NewPerson[]) => void;
  onCancel: () => void;
}) {
  const [chosen, setChosen] = useState(() => initialChoice(rows));
  const [query, setQuery] = useState('');
  const matching = useMemo(() => matchRows(rows, query), [rows, query]);
  const shown = matching.slice(0, previewRows);
  const c = t.columns;
  const toggle = (i: number, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(i);
    else next.delete(i);
    setChosen(next);
  };

  return (
    <section class="cd-preview" aria-labelledby="cd-preview-h">
      <h3 id="cd-preview-h" tabIndex={-1}>
        {fill(t.previewHeading, { file })}
      </h3>
      {problems.length > 0 && (
        <details class="cd-problems">
          <summary>{plural(t.problems, problems.length)}</summary>
          <ul>
            {problems.map((p) => (
              <li key={p.line}>
                {fill(t.line, { n: p.line })}: {p.message}
              </li>
            ))}
          </ul>
        </details>
      )}
      <div class="cd-field">
        <label for="cd-filter">{t.filterLabel}</label>
        <input
          id="cd-filter"
          type="search"
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      </div>
      <div class="cd-row">
        <button
          type="button"
          onClick={() => setChosen(new Set([...chosen, ...matching]))}
          disabled={!matching.length}
        >
          {plural(query.trim() ? t.chooseMatching : t.chooseAll, matching.length)}
        </button>
        <button type="button" onClick={() => setChosen(new Set())}>
          {t.clearChosen}
        </button>
        <span class="cd-chosen">
          {plural(t.chosen, chosen.size, { total: formatNumber(rows.length) })}
        </span>
      </div>
      {shown.length ? (
        <table class="cd-table" aria-labelledby="cd-preview-h">
          <thead>
            <tr>
              <th scope="col">{c.name}</th>
              <th scope="col">{c.work}</th>
              <th scope="col">{c.connection}</th>
              <th scope="col">{c.line}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((i) => {
              const { line, person: p, duplicate } = rows[i];
              const connection = p.person.connection ? connections[p.person.connection] : '';
              return (
                <tr key={line}>
                  <th scope="row">
                    <label>
                      <input
                        type="checkbox"
                        checked={chosen.has(i)}
                        onChange={(e) => toggle(i, e.currentTarget.checked)}
                      />
                      <span>
                        {p.person.name}
                        {duplicate && <span class="cd-dup">{t.already}</span>}
                      </span>
                    </label>
                  </th>
                  <td data-label={c.work}>
                    {[p.person.role, p.person.organization].filter(Boolean).join(', ')}
                  </td>
                  <td data-label={c.connection}>
                    {[p.connectionText || connection, p.person.referrer].filter(Boolean).join(': ')}
                  </td>
                  <td data-label={c.line}>{line}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p>{t.noMatch}</p>
      )}
      {matching.length > shown.length && (
        <p>{plural(t.showing, matching.length, { shown: formatNumber(shown.length) })}</p>
      )}
      <div class="cd-row">
        <button
          type="button"
          class="button-primary"
          onClick={() =>
            chosen.size
              ? onConfirm([...chosen].sort((a, b) => a - b).map((i) => rows[i].person))
              : say(t.noneChosen)
          }
        >
          {chosen.size ? plural(t.add, chosen.size) : t.addNone}
        </button>
        <button type="button" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </section>
  );
}
