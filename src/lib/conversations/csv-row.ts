/**
 * One data row of an imported CSV read into a person: the headings' layout, the connection and
 * closing reason in either language, the dated columns and the Log column made into log entries.
 */
import type { LogKind } from './log';
import { parseDay, parseMeeting } from './dates';
import type { NewLogEntry, NewPerson } from './people';
import { dayOf, sortedLog } from './entries';
import { connectionKinds, textLimits, type Person } from '../plans/plan';
import { fill } from '../shared/fill';
import { csvColumns } from '../strings/conversations';
import { connectionLabels } from '../strings/outreach';
// The Spanish connection labels, so that a file exported from either language's page imports
// on both.
import { connectionLabels as spanishConnections } from '../strings/es/outreach.json';
import {
  columnValue,
  dayColumns,
  headingKeys,
  latest,
  normalize,
  readReason,
  type Column,
  type CsvMessages,
  type Key,
} from './csv-columns';
import { readLogCell } from './csv-log';

/** Connection kinds by their ids, their labels in the outreach form and a few common words. */
const connectionWords = new Map<string, Person['connection']>([
  ...connectionKinds.map((k) => [normalize(k), k] as const),
  ...connectionKinds.map((k) => [normalize(connectionLabels[k]), k] as const),
  ...connectionKinds.map((k) => [normalize(spanishConnections[k]), k] as const),
  ['alumni', 'school'],
  ['alum', 'school'],
  ['classmate', 'school'],
  ['referred', 'referral'],
  ['coworker', 'other'],
  ['career fair', 'event'],
  ['none', ''],
]);

/** The connection a cell names, or 'other' with the cell's words as the student's own. */
function readConnection(text: string): { connection: Person['connection']; text: string } {
  const known = connectionWords.get(normalize(text));
  return known === undefined ? { connection: 'other', text } : { connection: known, text: '' };
}

/** Fields a row's headings map to: the column index of each, and the headings it does not know. */
export interface Layout {
  at: Partial<Record<Key, number>>;
  /** Columns kept as notes: their index and heading. */
  other: [number, string][];
  size: number;
}

/** The layout of a row of headings, or null when it does not name a person and one thing more. */
export function layoutOf(cells: readonly string[]): Layout | null {
  const at: Partial<Record<Key, number>> = {};
  const other: [number, string][] = [];
  cells.forEach((cell, i) => {
    const key = headingKeys.get(normalize(cell));
    if (key && at[key] === undefined) at[key] = i;
    else if (cell.trim()) other.push([i, cell.trim()]);
  });
  const known = Object.keys(at).length;
  const named = at.name !== undefined || at.firstName !== undefined || at.lastName !== undefined;
  return named && known >= 2 ? { at, other, size: cells.length } : null;
}

/** One-line fields and the heading to name when a value is too long for its form. */
const lineFields = [
  'name',
  'role',
  'organization',
  'field',
  'referrer',
  'eventName',
  'school',
] as const;

/** Reads one data row into a person, or says why it cannot. */
export function readRow(
  cells: string[],
  layout: Layout,
  headings: string[],
  linkedin: boolean,
  m: CsvMessages,
): NewPerson | string {
  const get = (key: Key) => {
    const i = layout.at[key];
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };
  const heading = (key: Key) => headings[layout.at[key] ?? -1] ?? csvColumns[key as Column] ?? key;
  const name = get('name') || [get('firstName'), get('lastName')].filter(Boolean).join(' ');
  if (!name) return m.rows.noName;
  const connection = readConnection(get('connection'));
  if (!get('connection')) {
    connection.connection = get('referrer') ? 'referral' : linkedin ? 'linkedin' : '';
  }
  const person: Person = {
    name,
    role: get('role'),
    organization: get('organization'),
    field: get('field'),
    connection: connection.connection,
    referrer: get('referrer'),
    eventName: get('eventName'),
    school: get('school'),
  };
  const email = get('email');
  for (const [key, value] of [
    ...lineFields.map((f) => [f, person[f]] as const),
    ['email', email],
    ['connection', connection.text],
  ] as const)
    if (value.length > textLimits.line)
      return fill(m.rows.tooLong, { column: heading(key), max: textLimits.line });

  let log: NewLogEntry[] = [];
  // Untrimmed: the last entry's note may end in spaces.
  const logText = get('log') && (cells[layout.at.log ?? -1] ?? '');
  if (logText) {
    const read = readLogCell(logText, m);
    if (typeof read === 'string') return read;
    log = read;
  }
  // Dates typed in the columns: an entry for each that the log does not already show, so a
  // date filled in by hand in the spreadsheet is added and the export's own dates are not.
  const added: NewLogEntry[] = [];
  const entry = (kind: LogKind, at: string, more: Partial<NewLogEntry> = {}): NewLogEntry => ({
    kind,
    at,
    channel: '',
    meetingAt: null,
    reason: null,
    note: '',
    ...more,
  });
  for (const column of Object.keys(dayColumns) as (keyof typeof dayColumns)[]) {
    const value = get(column);
    if (!value) continue;
    const day = parseDay(value);
    if (!day) return fill(m.rows.badDate, { column: heading(column), value });
    if (day === columnValue(log, column)) continue;
    const more: Partial<NewLogEntry> = {};
    if (column === 'asked') more.channel = normalize(get('channel')).replace(/ /g, '-');
    if (column === 'closed') {
      more.reason = readReason(get('reason'));
      if (!more.reason && get('reason')) more.note = get('reason');
    }
    added.push(entry(dayColumns[column], day, more));
  }
  const meetingText = get('scheduled');
  if (meetingText) {
    const meetingAt = parseMeeting(meetingText);
    if (!meetingAt)
      return fill(m.rows.badDate, { column: heading('scheduled'), value: meetingText });
    const shown = latest(log, 'scheduled')?.meetingAt;
    if (
      !shown ||
      Math.floor(Date.parse(shown) / 60_000) !== Math.floor(Date.parse(meetingAt) / 60_000)
    ) {
      // Agreed after the request and its answers, as far as the row tells.
      const before = [...log, ...added]
        .filter((e) => e.kind === 'asked' || e.kind === 'replied' || e.kind === 'nudged')
        .map((e) => dayOf(e.at))
        .sort();
      const meetingDay = dayOf(meetingAt);
      added.push(entry('scheduled', before.at(-1) ?? meetingDay, { meetingAt }));
    }
  }
  // Without the Log column, the dates typed in the columns are the log, in the order it went.
  log = logText ? [...log, ...added] : sortedLog(added);

  const notes = [get('notes')];
  if (get('linkedin')) notes.push(`${m.notes.linkedin}: ${get('linkedin')}`);
  if (get('connectedOn'))
    notes.push(`${m.notes.connectedOn}: ${parseDay(get('connectedOn')) ?? get('connectedOn')}`);
  for (const [i, title] of layout.other)
    if (cells[i]?.trim()) notes.push(`${title}: ${cells[i].trim()}`);
  return {
    person,
    email,
    connectionText: connection.text,
    log,
    notes: notes.filter(Boolean).join('\n'),
    learned: get('learned'),
    advice: get('advice'),
  };
}
