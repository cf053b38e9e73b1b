/**
 * The CSV's column map, shared by the import (csv-read.lazy.ts) and the export
 * (csv-write.lazy.ts): the words each side takes from the page, the headings the import knows in
 * both languages and the field each fills, the dated columns and the log entries they stand for,
 * and the guard against formula injection.
 */
import type { ConversationStatus, LogKind } from './log';
import { localDateTime } from './dates';
import type { NewLogEntry } from './people';
import { dayOf, instantOf } from './entries';
import type { Translation } from '../i18n/lang';
import {
  closeReasonText,
  csvColumns,
  otherHeadings,
  type csvErrorText,
  type csvNoteText,
  type csvRowText,
  type nextStepText,
} from '../strings/conversations';
// The Spanish headings and closing reasons, so that a file exported from either language's page
// imports on both.
import * as spanish from '../strings/es/conversations.json';

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

export type Column = keyof typeof csvColumns;
export type Key = Column | keyof typeof otherHeadings;

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
export const headingKeys = new Map<string, Key>();
for (const columns of [csvColumns, spanish.csvColumns])
  for (const [key, heading] of Object.entries(columns))
    if (!headingKeys.has(normalize(heading))) headingKeys.set(normalize(heading), key as Key);
for (const headings of [otherHeadings, spanish.otherHeadings])
  for (const [key, list] of Object.entries(headings))
    for (const heading of list)
      if (!headingKeys.has(normalize(heading))) headingKeys.set(normalize(heading), key as Key);

/** Dated columns and the log entries they stand for. */
export const dayColumns = {
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
export function latest(log: readonly NewLogEntry[], kind: LogKind): NewLogEntry | undefined {
  let found: NewLogEntry | undefined;
  for (const e of log)
    if (e.kind === kind && (!found || instantOf(e.at) >= instantOf(found.at))) found = e;
  return found;
}

/** What a dated column shows for a log, as the export writes it. */
export function columnValue(
  log: readonly NewLogEntry[],
  column: keyof typeof dayColumns | 'scheduled',
) {
  if (column === 'scheduled') {
    const meeting = latest(log, 'scheduled')?.meetingAt;
    return meeting ? localDateTime(new Date(meeting)) : '';
  }
  const entry = latest(log, dayColumns[column]);
  return entry ? dayOf(entry.at) : '';
}

/** A closing reason from its id or its label; null for anything else. */
export function readReason(text: string) {
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
