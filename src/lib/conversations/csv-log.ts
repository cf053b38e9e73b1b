/**
 * The CSV's Log column, written by the export and read back by the import: one line per log
 * entry, with its date (and time), kind, channel, meeting time and note, in either language.
 */
import { logEntryShape, logKinds, type LogKind } from './log';
import { localDateTime } from './dates';
import type { NewLogEntry } from './people';
import { isCalendarDate } from './entries';
import { localDate, twoDigits as pad } from '../shared/dates';
import { fill } from '../shared/fill';
import { v } from '../storage/schema';
import { csvLogText } from '../strings/conversations';
// The Spanish log words, so that a file exported from either language's page imports on both.
import * as spanish from '../strings/es/conversations.json';
import { readReason, type CsvMessages, type CsvWords } from './csv-columns';

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
export function logCell(log: readonly NewLogEntry[], words: CsvWords): string {
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
export function readLogCell(text: string, m: CsvMessages): NewLogEntry[] | string {
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
