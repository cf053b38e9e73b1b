/**
 * Conversations as CSV: importing people from a career center's spreadsheet or LinkedIn's
 * Connections.csv, and exporting every conversation so it opens in a spreadsheet and imports
 * back without loss. Loaded only when a student imports or exports, with the CSV parser
 * (Papa Parse: RFC 4180, quoted fields holding commas, quotes and line breaks).
 *
 * The import never adds anyone by itself: it reads the file into rows the student chooses from
 * (see {@link initialChoice}), and rows it cannot read are reported by their line in the file.
 */
import Papa from 'papaparse';
import { logEntryShape, logKinds, type ConversationStatus, type LogKind } from './log';
import { localDateTime, parseDay, parseMeeting } from './dates';
import type { NewLogEntry, NewPerson } from './people';
import { dayOf, instantOf, isCalendarDate, sortedLog } from './entries';
import { localDate, twoDigits as pad } from '../shared/dates';
import { connectionKinds, textLimits, type Person, type Plan } from '../plans/plan';
import { fill } from '../shared/fill';
import { lampList } from '../organizations/lamp';
import { orgKey, type Organization } from '../organizations/organization';
import { getOrganizationsState } from '../organizations/state';
import { v } from '../storage/schema';
import type { Translation } from '../i18n/lang';
import { formatNumber } from '../shared/plural';
import {
  closeReasonText,
  csvColumns,
  csvLogText,
  otherHeadings,
  type csvErrorText,
  type csvNoteText,
  type csvRowText,
  type nextStepText,
} from '../strings/conversations';
import { connectionLabels } from '../strings/outreach';
// The Spanish headings, log words, closing reasons and connection labels, so that a file exported
// from either language's page imports on both (issue #25).
import * as spanish from '../strings/es/conversations';
import { connectionLabels as spanishConnections } from '../strings/es/outreach';

/**
 * What the import says about a file, its rows and the notes it writes, in the page's language
 * (the conversations page leaves it as props, ConversationsTool.astro).
 */
export interface CsvMessages {
  errors: Translation<typeof csvErrorText>;
  rows: Translation<typeof csvRowText>;
  notes: Translation<typeof csvNoteText>;
}

/**
 * The words an export writes, in one language: plain text, so a page passes its own language's
 * as a prop (strings('conversations', lang) gives every piece).
 */
export interface CsvWords {
  columns: Readonly<Record<keyof typeof csvColumns, string>>;
  stages: Readonly<Record<ConversationStatus['stage'], string>>;
  nextSteps: Readonly<Record<keyof typeof nextStepText, string>>;
  closeReasons: Readonly<Record<keyof typeof closeReasonText, string>>;
  log: { kinds: Readonly<Record<LogKind, string>>; meeting: string; note: string };
  /** How the student knows the person, as the outreach tool names each kind. */
  connections: Readonly<Record<string, string>>;
}

/** Largest file the import reads: 5 MB, some 25,000 rows of a LinkedIn export. */
export const csvLimitBytes = 5 * 1024 * 1024;
/** Up to this many people, a file's readable rows start chosen; above it, nobody does. */
export const chooseAllUpTo = 25;
/** Most rows the preview shows at once; the filter finds the others. */
export const previewRows = 100;

type Column = keyof typeof csvColumns;
type Key = Column | keyof typeof otherHeadings;

/** Lower case, accents and punctuation dropped, spaces collapsed: how headings and filters match. */
export function normalize(text: string): string {
  // Most cells are plain ASCII: the quick path skips Unicode normalization (a 5,000-row file
  // calls this some 15,000 times while the student waits for the preview).
  if (/^[\x00-\x7f]*$/.test(text))
    return text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Every heading the import knows, normalized, and the field it fills. The export's Stage, Next
 * step and Next step due are known but never read: they follow from the log.
 */
const headingKeys = new Map<string, Key>();
for (const columns of [csvColumns, spanish.csvColumns])
  for (const [key, heading] of Object.entries(columns))
    if (!headingKeys.has(normalize(heading))) headingKeys.set(normalize(heading), key as Key);
for (const headings of [otherHeadings, spanish.otherHeadings])
  for (const [key, list] of Object.entries(headings))
    for (const heading of list)
      if (!headingKeys.has(normalize(heading))) headingKeys.set(normalize(heading), key as Key);

/** Dated columns and the log entries they stand for. */
const dayColumns = {
  asked: 'asked',
  replied: 'replied',
  nudged: 'nudged',
  talked: 'talked',
  thanked: 'thanked',
  referrerTold: 'referrer-told',
  updated: 'update-sent',
  closed: 'closed',
} as const satisfies Partial<Record<Column, LogKind>>;

/*
 * Formula injection: a spreadsheet program runs a cell that starts with = + - or @ (and, in
 * some, a tab or carriage return) as a formula, so a name like "=HYPERLINK(...)" typed into a
 * plan could act when the CSV is opened. Such cells are written with a leading apostrophe,
 * which spreadsheets show as text. The import takes one apostrophe off again, and a cell that
 * already started with apostrophes before one of those characters gets one more on export, so
 * the round trip gives back exactly the text that was typed.
 */
const risky = /^'*[=+\-@\t\r]/;
/** A cell made safe to open in a spreadsheet (see the note on formula injection above). */
export function guardCell(text: string): string {
  return risky.test(text) ? `'${text}` : text;
}
/** Undoes {@link guardCell}. */
export function unguardCell(text: string): string {
  return text.startsWith("'") && risky.test(text) ? text.slice(1) : text;
}

/** The latest log entry of a kind, by date (the later one in the log when two share a date). */
function latest(log: readonly NewLogEntry[], kind: LogKind): NewLogEntry | undefined {
  let found: NewLogEntry | undefined;
  for (const e of log)
    if (e.kind === kind && (!found || instantOf(e.at) >= instantOf(found.at))) found = e;
  return found;
}

/** What a dated column shows for a log, as the export writes it. */
function columnValue(log: readonly NewLogEntry[], column: keyof typeof dayColumns | 'scheduled') {
  if (column === 'scheduled') {
    const meeting = latest(log, 'scheduled')?.meetingAt;
    return meeting ? localDateTime(new Date(meeting)) : '';
  }
  const entry = latest(log, dayColumns[column]);
  return entry ? dayOf(entry.at) : '';
}

/** A date in the Log column: a calendar date, or a local date and time, to the millisecond if need be, with an offset if need be. */
const whenPattern = String.raw`\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2}(?::\d{2}(?:\.\d{3})?)?(?:Z|[+-]\d{2}:\d{2})?)?`;
const whenParts =
  /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{3}))?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** A log date as the Log column reads it back: a calendar date as written, else an ISO instant. */
function readWhen(text: string): string | null {
  const m = whenParts.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, min, sec = '00', ms = '000', offset] = m;
  if (h === undefined) return `${y}-${mo}-${d}`;
  if (+h > 23 || +min > 59 || +sec > 59) return null;
  const date = offset
    ? new Date(`${y}-${mo}-${d}T${h}:${min}:${sec}.${ms}${offset}`)
    : new Date(+y, +mo - 1, +d, +h, +min, +sec, +ms);
  const probe = new Date(Date.UTC(+y, +mo - 1, +d));
  if (Number.isNaN(date.getTime()) || probe.getUTCDate() !== +d || probe.getUTCMonth() !== +mo - 1)
    return null;
  return date.toISOString();
}

/**
 * A log date as the Log column writes it: a calendar date as it is; an instant as the student's
 * local date and time ("2026-12-10 14:30"), with seconds only when it has them, and its offset
 * from UTC only when the local time alone would name another moment (the hour repeated when
 * the clocks go back). Null for a date that cannot be read.
 */
function writeWhen(value: string): string | null {
  if (isCalendarDate(value)) return value;
  const t = Date.parse(value);
  if (Number.isNaN(t)) return null;
  const date = new Date(t);
  const sec = date.getSeconds();
  const ms = date.getMilliseconds();
  let text = `${localDate(date)} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
  if (sec || ms) text += `:${pad(sec)}`;
  if (ms) text += `.${String(ms).padStart(3, '0')}`;
  return readWhen(text) === date.toISOString() ? text : text + localDateTime(date).slice(-6);
}

/** A note on one line: backslashes and line breaks written as \\, \n and \r. */
const escapeNote = (note: string) =>
  note.replace(/[\\\n\r]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\\\\'));
/** Undoes {@link escapeNote}. */
const unescapeNote = (text: string) =>
  text.replace(/\\([\\nr])/g, (_, c: string) => (c === 'n' ? '\n' : c === 'r' ? '\r' : '\\'));

/** A channel the Log column can write in brackets: no brackets, line breaks or outer spaces. */
const writableChannel = /^(?:[^()\s]+(?: [^()\s]+)*)?$/;

/** One entry as a line of the Log column (see csvLogText); null when it has a date that cannot be read. */
function logLine(e: NewLogEntry, words: CsvWords): string | null {
  const at = writeWhen(e.at);
  const meeting = e.meetingAt === null ? '' : writeWhen(e.meetingAt);
  if (at === null || meeting === null || !writableChannel.test(e.channel)) return null;
  let line = `${at} ${words.log.kinds[e.kind]}`;
  if (e.channel) line += ` (${e.channel})`;
  if (meeting) line += ` ${words.log.meeting} ${meeting}`;
  if (e.reason) line += `: ${words.closeReasons[e.reason]}`;
  if (e.note) line += `; ${words.log.note} ${escapeNote(e.note)}`;
  return line;
}

/**
 * The Log column: every entry, one line each, exactly as the import reads it back. A log holding
 * a date that cannot be read (only ever from a damaged file) is written as JSON instead, as
 * exports before the readable lines did, so nothing in it is lost either.
 */
function logCell(log: readonly NewLogEntry[], words: CsvWords): string {
  const lines = log.map((e) => logLine(e, words));
  if (lines.every((line) => line !== null)) return lines.join('\n');
  return JSON.stringify(
    log.map(({ kind, at, channel, meetingAt, reason, note }) => ({
      kind,
      at,
      ...(channel ? { channel } : {}),
      ...(meetingAt ? { meetingAt } : {}),
      ...(reason ? { reason } : {}),
      ...(note ? { note } : {}),
    })),
  );
}

const logCellSchema = v.array(v.omit(logEntryShape, ['id']));

/** Log kinds by their words in the Log column and by their ids, lower case. */
const kindWords = new Map<string, LogKind>();
for (const kind of logKinds) {
  kindWords.set(csvLogText.kinds[kind].toLowerCase(), kind);
  kindWords.set(spanish.csvLogText.kinds[kind].toLowerCase(), kind);
  kindWords.set(kind, kind);
}
/** Either language's word before a meeting time or a note. */
const eitherWord = (en: string, es: string) => `(?:${escapeRegExp(en)}|${escapeRegExp(es)})`;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A line of the Log column: date, kind, (channel), meeting, : reason, ; note. */
const logLinePattern = new RegExp(
  `^(${whenPattern}) (${[...kindWords.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join(
      '|',
    )})(?: \\(([^()]*)\\))?(?: ${eitherWord(csvLogText.meeting, spanish.csvLogText.meeting)} (${whenPattern}))?` +
    `(?:: (.+?))?(?:; ${eitherWord(csvLogText.note, spanish.csvLogText.note)} (.*))?$`,
  'i',
);

/** One line of the Log column as an entry; null when it is not one. */
function readLogLine(line: string): NewLogEntry | null {
  const m = logLinePattern.exec(line);
  if (!m) return null;
  const [, atText, kindText, channel = '', meetingText, reasonText, note] = m;
  const at = readWhen(atText);
  const meetingAt = meetingText ? readWhen(meetingText) : null;
  const reason = reasonText ? readReason(reasonText) : null;
  const kind = kindWords.get(kindText.toLowerCase());
  if (!at || !kind || (meetingText && !meetingAt) || (reasonText && !reason)) return null;
  return { kind, at, channel, meetingAt, reason, note: note ? unescapeNote(note) : '' };
}

/**
 * The log a Log cell holds: its lines (see csvLogText), or the JSON that exports wrote before
 * them. When any of it cannot be read, what is wrong, as the import lists it.
 */
function readLogCell(text: string, m: CsvMessages): NewLogEntry[] | string {
  if (text.trimStart().startsWith('[')) {
    try {
      const parsed = v.safeParse(logCellSchema, JSON.parse(text));
      if (parsed.success) return parsed.output;
    } catch {
      // Said below.
    }
    return m.rows.badLog;
  }
  const log: NewLogEntry[] = [];
  for (const line of text.split(/\r\n|\n|\r/)) {
    if (!line.trim()) continue;
    const entry = readLogLine(line.trimStart());
    if (!entry) return fill(m.rows.badLogLine, { line: line.trim() });
    log.push(entry);
  }
  return log;
}

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

/** A closing reason from its id or its label; null for anything else. */
function readReason(text: string) {
  const n = normalize(text);
  return (
    (Object.keys(closeReasonText) as (keyof typeof closeReasonText)[]).find(
      (r) =>
        normalize(r) === n ||
        normalize(closeReasonText[r]) === n ||
        normalize(spanish.closeReasonText[r]) === n,
    ) ?? null
  );
}

/** One person read from the file, ready to preview. */
export interface ImportRow {
  /** The line of the file the row starts on, counting from 1. */
  line: number;
  person: NewPerson;
  /** Someone with the same name and organization is already among the student's plans. */
  duplicate: boolean;
  /** Name, role and organization, normalized for the filter. */
  search: string;
}

/** A row left out, and why. */
export interface RowProblem {
  line: number;
  message: string;
}

/** What reading a file gave: the rows to choose from and the rows left out, or why not at all. */
export type CsvReadResult =
  { ok: true; rows: ImportRow[]; problems: RowProblem[] } | { ok: false; error: string };

/** Files that announce a format other than text in their first bytes. */
const binaryStarts = [
  [0x50, 0x4b, 0x03, 0x04], // ZIP: Excel .xlsx, Numbers, OpenDocument
  [0xd0, 0xcf, 0x11, 0xe0], // Old Excel .xls
  [0x25, 0x50, 0x44, 0x46], // %PDF
];

/** A file over {@link csvLimitBytes}, by its size in MB. */
const tooBig = (bytes: number, m: CsvMessages) =>
  fill(m.errors.tooBig, {
    size: formatNumber(bytes / 1024 / 1024, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  });

/**
 * Text of a file's bytes: UTF-8 (a byte-order mark dropped), UTF-16 when it starts with its
 * mark (Excel's "Unicode text"), else Windows-1252, what older Excel saves as CSV. Refuses a
 * file over {@link csvLimitBytes}, and a binary file such as a workbook, before reading rows.
 */
export function decodeCsv(
  bytes: Uint8Array,
  m: CsvMessages,
): { ok: true; text: string } | { ok: false; error: string } {
  if (bytes.length > csvLimitBytes) return { ok: false, error: tooBig(bytes.length, m) };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes) };
  const head = bytes.subarray(0, 4096);
  // Text never holds a NUL byte, and rarely other control characters.
  let control = 0;
  for (const b of head) if (b < 9 || (b > 13 && b < 32)) control++;
  if (
    head.includes(0) ||
    control > head.length / 100 ||
    binaryStarts.some((start) => start.every((b, i) => bytes[i] === b))
  )
    return { ok: false, error: m.errors.binary };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: true, text: new TextDecoder('windows-1252').decode(bytes) };
  }
}

/** Fields a row's headings map to: the column index of each, and the headings it does not know. */
interface Layout {
  at: Partial<Record<Key, number>>;
  /** Columns kept as notes: their index and heading. */
  other: [number, string][];
  size: number;
}

/** The layout of a row of headings, or null when it does not name a person and one thing more. */
function layoutOf(cells: readonly string[]): Layout | null {
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

/** Rows searched for the row of headings (LinkedIn puts a few lines of notes above it). */
const headerSearchRows = 30;

/** Finds the delimiter and the row of headings; null when no row of the file names columns. */
function findHeadings(text: string): { delimiter: string; row: number; layout: Layout } | null {
  for (const delimiter of [',', ';', '\t']) {
    const { data } = Papa.parse<string[]>(text, { delimiter, preview: headerSearchRows });
    for (const [row, cells] of data.entries()) {
      const layout = layoutOf(cells.map(unguardCell));
      if (layout) return { delimiter, row, layout };
    }
  }
  return null;
}

/** Counts line breaks (CRLF, LF or CR) in text from `from` up to `to`. */
function lineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

/** Duplicate key: the same name at the same organization. */
const personKey = (p: Pick<Person, 'name' | 'organization'>) =>
  `${normalize(p.name)}|${normalize(p.organization)}`;

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
function readRow(
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

/**
 * Reads a CSV file's text into people to choose from. Lines above the row of headings (LinkedIn's
 * notes) are skipped; a row that cannot be read is left out and listed by its line; a file that
 * is not a CSV of people gets a message, and nothing is read from it.
 */
export function readPeopleCsv(
  text: string,
  existing: readonly Plan[],
  m: CsvMessages,
): CsvReadResult {
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) return { ok: false, error: m.errors.empty };
  if (/^\s*[[{]/.test(body)) {
    try {
      JSON.parse(body);
      return { ok: false, error: m.errors.json };
    } catch {
      // Not JSON after all: read it as CSV.
    }
  }
  const found = findHeadings(body);
  if (!found) return { ok: false, error: m.errors.noHeader };
  const { layout } = found;
  const linkedin = layout.at.connectedOn !== undefined || layout.at.linkedin !== undefined;
  const known = new Set(existing.map((p) => personKey(p.person)));
  const rows: ImportRow[] = [];
  const problems: RowProblem[] = [];
  let headings: string[] = [];
  let index = 0;
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(body, {
    delimiter: found.delimiter,
    step: ({ data, errors, meta }) => {
      // The row starts where the last one ended, on line `line`.
      const row = index++;
      const here = line;
      line += lineBreaks(body, start, meta.cursor);
      start = meta.cursor;
      const cells = data.map(unguardCell);
      if (row < found.row) return;
      if (row === found.row) {
        headings = cells.map((c) => c.trim());
        return;
      }
      if (cells.every((c) => !c.trim())) return;
      if (errors.some((e) => e.type === 'Quotes'))
        return void problems.push({ line: here, message: m.rows.quote });
      if (cells.slice(layout.size).some((c) => c.trim()))
        return void problems.push({ line: here, message: m.rows.extraCells });
      const person = readRow(cells, layout, headings, linkedin, m);
      if (typeof person === 'string') return void problems.push({ line: here, message: person });
      rows.push({
        line: here,
        person,
        duplicate: known.has(personKey(person.person)),
        search: normalize(
          `${person.person.name} ${person.person.role} ${person.person.organization}`,
        ),
      });
    },
  });
  if (!rows.length && !problems.length) return { ok: false, error: m.errors.noRows };
  return { ok: true, rows, problems };
}

/** Reads a chosen file: refused unread when too big, decoded, then read as with {@link readPeopleCsv}. */
export async function readPeopleFile(
  file: Pick<Blob, 'size' | 'arrayBuffer'>,
  existing: readonly Plan[],
  m: CsvMessages,
): Promise<CsvReadResult> {
  if (file.size > csvLimitBytes) return { ok: false, error: tooBig(file.size, m) };
  const decoded = decodeCsv(new Uint8Array(await file.arrayBuffer()), m);
  return decoded.ok ? readPeopleCsv(decoded.text, existing, m) : decoded;
}

/** Rows chosen when the preview opens: every new person in a small file, nobody in a big one. */
export function initialChoice(rows: readonly ImportRow[]): Set<number> {
  if (rows.length > chooseAllUpTo) return new Set();
  return new Set(rows.flatMap((r, i) => (r.duplicate ? [] : [i])));
}

/** Indexes of the rows whose name, role or organization hold every word of the filter. */
export function matchRows(rows: readonly ImportRow[], query: string): number[] {
  const words = normalize(query).split(' ').filter(Boolean);
  const out: number[] = [];
  rows.forEach((r, i) => {
    if (words.every((w) => r.search.includes(w))) out.push(i);
  });
  return out;
}

/**
 * Every conversation as CSV text, one row per person: UTF-8 with a byte-order mark, ISO dates,
 * headings and words in the page's language (`words`, which the page passes).
 */
export function toCsv(
  items: readonly { plan: Plan; status: ConversationStatus }[],
  words: CsvWords,
  organizations: readonly Organization[] = getOrganizationsState().organizations.value,
): string {
  const columns = Object.keys(csvColumns) as Column[];
  // Each organization's place on the target list (the plans' organizations join it, as in the tool).
  const ranks = new Map(
    lampList(
      organizations,
      items.map((i) => i.plan),
    ).list.map((o) => [o.key, String(o.rank)]),
  );
  const data = items.map(({ plan, status }) => {
    const { person, conversation, outreach } = plan;
    const log = conversation.log;
    const closed = latest(log, 'closed');
    const next = status.next;
    const values: Record<Column, string> = {
      name: person.name,
      role: person.role,
      organization: person.organization,
      target: ranks.get(orgKey(person.organization)) ?? '',
      field: person.field,
      email: outreach.toEmail,
      connection:
        person.connection === 'other' && outreach.connectionText
          ? outreach.connectionText
          : person.connection && words.connections[person.connection],
      referrer: person.referrer,
      eventName: person.eventName,
      school: person.school,
      stage: words.stages[status.stage],
      asked: columnValue(log, 'asked'),
      channel: latest(log, 'asked')?.channel ?? '',
      replied: columnValue(log, 'replied'),
      nudged: columnValue(log, 'nudged'),
      scheduled: columnValue(log, 'scheduled'),
      talked: columnValue(log, 'talked'),
      thanked: columnValue(log, 'thanked'),
      referrerTold: columnValue(log, 'referrerTold'),
      updated: columnValue(log, 'updated'),
      closed: columnValue(log, 'closed'),
      reason: closed?.reason ? words.closeReasons[closed.reason] : '',
      next: next ? fill(words.nextSteps[next.kind], { name: person.name || plan.name }) : '',
      nextDue: next ? (next.at ? localDateTime(new Date(next.at)) : next.due) : '',
      notes: plan.checklist.notes,
      learned: conversation.debrief.learned,
      advice: conversation.debrief.advice,
      log: logCell(log, words),
    };
    return columns.map((c) => guardCell(values[c]));
  });
  const fields = columns.map((c) => words.columns[c]);
  return `\uFEFF${Papa.unparse({ fields, data }, { newline: '\r\n' })}\r\n`;
}
