import { useState } from 'preact/hooks';
import type { NewPerson } from '../../../lib/conversations/people';
import type { ImportRow, RowProblem } from '../../../lib/conversations/csv-read.lazy';
import type { PlanRow } from '../../../lib/conversations/today';
import { plural } from '../../../lib/shared/plural';
import { downloadFile } from '../runtime/actions/download';
import { readProps } from '../runtime/dom';
import { useFocusAfterRender } from '../runtime/useFocusAfterRender';
import type ImportPreview from './ImportPreview.lazy';
import { dataToolsView } from './data-tools-view';

/** Adds people as new plans: the page calls it through the onAdd it passes in. */
export { addPeople } from '../../../lib/conversations/people';

export interface DataToolsProps {
  /** The student's plans with their stages and next steps, in the order the page lists them. */
  rows: readonly PlanRow[];
  /** Adds the people the student chose; false when nothing could be saved (storage full). */
  onAdd(people: NewPerson[]): boolean | void;
}

/** What the preview shows once a file is read. */
interface Preview {
  View: typeof ImportPreview;
  file: string;
  rows: ImportRow[];
  problems: RowProblem[];
}

// The CSV parser, the preview and the calendar writer load only when a student uses them.
const importer = () => import('./ImportPreview.lazy');
const reader = () => import('../../../lib/conversations/csv-read.lazy');
const writer = () => import('../../../lib/conversations/csv-write.lazy');
const calendar = () => import('../../../lib/conversations/calendar.lazy');

/**
 * Import people from a spreadsheet (a preview to choose from, then one save), and download every
 * conversation as CSV or every upcoming dated step as a calendar file. One status line says
 * what happened, once.
 */
export default function DataTools({ rows, onAdd }: DataToolsProps) {
  const [t] = useState(() => readProps(dataToolsView));
  const [message, setMessage] = useState('');
  const [preview, setPreview] = useState<Preview | null>(null);
  const focusAfterRender = useFocusAfterRender();

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    const [view, { readPeopleFile }] = await Promise.all([importer(), reader()]);
    const result = await readPeopleFile(
      file,
      rows.map((r) => r.plan),
      t.csv,
    );
    input.value = '';
    if (!result.ok) {
      setPreview(null);
      setMessage(result.error);
      return;
    }
    setPreview({ View: view.default, file: file.name, ...result });
    setMessage(view.foundMessage(file.name, result.rows, t.preview));
    focusAfterRender('cd-preview-h');
  };
  const close = (said: string) => {
    setPreview(null);
    setMessage(said);
    focusAfterRender('cd-file');
  };

  return (
    <section class="cd no-print" aria-labelledby="cd-h">
      <h2 id="cd-h">{t.heading}</h2>
      <div class="cd-field">
        <label for="cd-file">{t.importLabel}</label>
        <span id="cd-file-hint" class="cd-hint">
          {t.importHint}
        </span>
        <input
          id="cd-file"
          type="file"
          accept=".csv,text/csv,text/plain"
          aria-describedby="cd-file-hint"
          onChange={(e) => void onFile(e.currentTarget)}
        />
      </div>
      {preview && (
        <preview.View
          t={t.preview}
          connections={t.connections}
          file={preview.file}
          rows={preview.rows}
          problems={preview.problems}
          say={setMessage}
          onConfirm={(people) => {
            if (onAdd(people) === false) setMessage(t.noRoom);
            else close(plural(t.added, people.length));
          }}
          onCancel={() => close(t.cancelled)}
        />
      )}
      <p id="cd-download-hint" class="cd-hint">
        {t.downloadHint}
      </p>
      <div class="cd-row">
        <button
          type="button"
          aria-describedby="cd-download-hint"
          onClick={async () => {
            if (!rows.length) return setMessage(t.nothingToExport);
            const { toCsv } = await writer();
            downloadFile(t.csvFileName, toCsv(rows, t.csvWords), 'text/csv;charset=utf-8');
            setMessage(plural(t.csvDownloaded, rows.length));
          }}
        >
          {t.downloadCsv}
        </button>
        <button
          type="button"
          aria-describedby="cd-download-hint"
          onClick={async () => {
            const { calendarFile } = await calendar();
            const file = calendarFile(rows, {
              host: location.hostname || 'localhost',
              words: t.calendarWords,
            });
            if (!file) return setMessage(t.nothingUpcoming);
            downloadFile(t.calendarFileName, file.text, 'text/calendar;charset=utf-8');
            setMessage(plural(t.calendarDownloaded, file.count));
          }}
        >
          {t.downloadCalendar}
        </button>
      </div>
      <p role="status" class="cd-status">
        {message}
      </p>
    </section>
  );
}
