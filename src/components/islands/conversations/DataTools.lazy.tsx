import { useMemo, useState } from 'preact/hooks';
import {
  initialChoice,
  matchRows,
  previewRows,
  type ImportRow,
  type RowProblem,
} from '../../../lib/conversations/csv.lazy';
import type { NewPerson } from '../../../lib/conversations/people';
import { importPreviewText as t } from '../../../lib/strings/conversations-files';
import { ui as outreachText } from '../../../lib/strings/outreach';

/** What the status line says once a file is read: how many people, and who starts chosen. */
export function foundMessage(file: string, rows: readonly ImportRow[]): string {
  return `${t.found(file, rows.length)} ${t.startChosen(initialChoice(rows).size, rows.length)}`;
}

/**
 * The import preview: everyone the file holds, in a table that reflows into one block per
 * person on a narrow screen, with a filter, tick boxes and the rows that could not be read.
 * Nothing is added until the student confirms. Loaded with the CSV parser, on demand.
 */
export default function ImportPreview({
  file,
  rows,
  problems,
  say,
  onConfirm,
  onCancel,
}: {
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
        {t.previewHeading(file)}
      </h3>
      {problems.length > 0 && (
        <details class="cd-problems">
          <summary>{t.problems(problems.length)}</summary>
          <ul>
            {problems.map((p) => (
              <li key={p.line}>
                {t.line(p.line)}: {p.message}
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
          {t.chooseMatching(matching.length, !!query.trim())}
        </button>
        <button type="button" onClick={() => setChosen(new Set())}>
          {t.clearChosen}
        </button>
        <span class="cd-chosen">{t.chosen(chosen.size, rows.length)}</span>
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
              const connection = p.person.connection
                ? outreachText.connections[p.person.connection]
                : '';
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
      {matching.length > shown.length && <p>{t.showing(shown.length, matching.length)}</p>}
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
          {t.add(chosen.size)}
        </button>
        <button type="button" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </section>
  );
}
