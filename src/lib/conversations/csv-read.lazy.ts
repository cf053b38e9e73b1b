/**
 * Importing people from a CSV: a career center's spreadsheet or LinkedIn's Connections.csv.
 * Loaded only when a student imports, with the CSV parser (Papa Parse: RFC 4180, quoted fields
 * holding commas, quotes and line breaks).
 *
 * The import never adds anyone by itself: it reads the file into rows the student chooses from
 * (see {@link initialChoice}), and rows it cannot read are reported by their line in the file.
 */
import Papa from 'papaparse';
import type { NewPerson } from './people';
import type { Person, Plan } from '../plans/plan';
import { fill } from '../shared/fill';
import { formatNumber } from '../shared/plural';
import { normalize, unguardCell, type CsvMessages } from './csv-columns';
import { layoutOf, readRow, type Layout } from './csv-row';

/** Largest file the import reads: 5 MB, some 25,000 rows of a LinkedIn export. */
export const csvLimitBytes = 5 * 1024 * 1024;
/** Up to this many people, a file's readable rows start chosen; above it, nobody does. */
export const chooseAllUpTo = 25;
/** Most rows the preview shows at once; the filter finds the others. */
export const previewRows = 100;

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
