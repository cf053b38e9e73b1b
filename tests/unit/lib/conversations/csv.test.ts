import { describe, expect, test } from 'vitest';
import {
  csvLimitBytes,
  decodeCsv,
  guardCell,
  initialChoice,
  matchRows,
  readPeopleCsv,
  toCsv,
  unguardCell,
  type CsvReadResult,
} from '../../../../src/lib/conversations/csv.lazy';
import type { ConversationStatus, LogEntry } from '../../../../src/lib/conversations/log';
import { plansFromPeople } from '../../../../src/lib/conversations/people';
import { planSchema, type Plan } from '../../../../src/lib/plans/plan';
import { linkedInExport } from '../../../support/conversations';

/** The rows of a successful read; fails the test with the message otherwise. */
function read(text: string, existing: Plan[] = []) {
  const result: CsvReadResult = readPeopleCsv(text, existing);
  if (!result.ok) throw new Error(result.error);
  return result;
}

const plan = (id: string, data: Record<string, unknown>): Plan =>
  planSchema.parse({
    id,
    name: id,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...data,
  });

const status = (s: Partial<ConversationStatus> = {}): ConversationStatus => ({
  stage: 'to-contact',
  last: null,
  next: null,
  sentOn: null,
  meetingAt: null,
  talkedAt: null,
  ...s,
});

describe('readPeopleCsv', () => {
  test('reads LinkedIn’s Connections.csv, skipping its notes lines above the headings', () => {
    const { rows, problems } = read(linkedInExport(3));
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(3);
    const [first] = rows;
    expect(first.line).toBe(5);
    expect(first.person.person).toMatchObject({
      name: 'Ada Lovelace 1',
      role: 'Engineer, Platform',
      organization: 'Analytical Engines, Inc.',
      connection: 'linkedin',
    });
    expect(first.person.email).toBe('ada1@example.com');
    expect(first.person.notes).toBe(
      'LinkedIn profile: https://www.linkedin.com/in/ada-1\nConnected on LinkedIn: 2024-02-12',
    );
    expect(first.person.log).toEqual([]);
  });

  test('reads a career-center sheet with its own headings, keeping unknown columns as notes', () => {
    const sheet = [
      'Contact Name,Company,Job Title,How we met,Referred by,Date contacted,Method,Interview date,Thank-you sent,Priority,Notes',
      'Priya Raman,City Water,Engineer,,Sam Lee,3/2/2026,Email,3/14/2026 2:30 PM,3/15/2026,High,Asked about licensing',
      'Jo Park,Museum of Art,Curator,Career fair,,2026-03-01,LinkedIn,,,,',
    ].join('\n');
    const { rows, problems } = read(sheet);
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.line)).toEqual([2, 3]);
    const priya = rows[0].person;
    expect(priya.person).toMatchObject({
      name: 'Priya Raman',
      organization: 'City Water',
      role: 'Engineer',
      connection: 'referral',
      referrer: 'Sam Lee',
    });
    expect(priya.log.map(({ kind, at, channel }) => [kind, at, channel])).toEqual([
      ['asked', '2026-03-02', 'email'],
      ['scheduled', '2026-03-02', ''],
      ['thanked', '2026-03-15', ''],
    ]);
    expect(new Date(priya.log[1].meetingAt!).getTime()).toBe(
      new Date(2026, 2, 14, 14, 30).getTime(),
    );
    expect(priya.notes).toBe('Asked about licensing\nPriority: High');
    expect(rows[1].person.person.connection).toBe('event');
  });

  test('orders dates on one day as the stage rules do: a nudge before the reply it brought', () => {
    const sheet = 'Name,Asked on,Replied on,Nudged on\r\nA,2026-03-02,2026-03-09,2026-03-09';
    const [a] = read(sheet).rows;
    expect(a.person.log.map((e) => e.kind)).toEqual(['asked', 'nudged', 'replied']);
  });

  test('accepts ISO, M/D/YYYY and “D Mon YYYY” dates, and lists a row with a bad date by its line', () => {
    const sheet = [
      'Name,Asked on,Talked on',
      'A,2026-03-02,3/9/2026',
      'B,02 Mar 2026,Mar 9 2026',
      'C,13/2/2026,',
      'D,2026-02-30,',
    ].join('\r\n');
    const { rows, problems } = read(sheet);
    expect(rows.map((r) => r.person.log.map((e) => e.at))).toEqual([
      ['2026-03-02', '2026-03-09'],
      ['2026-03-02', '2026-03-09'],
    ]);
    expect(problems).toEqual([
      { line: 4, message: expect.stringContaining('“13/2/2026” under “Asked on” is not a date') },
      { line: 5, message: expect.stringContaining('“2026-02-30”') },
    ]);
  });

  test('reads quoted fields holding commas, quotes and line breaks, and counts lines past them', () => {
    const sheet = [
      'Name,Organization,Notes',
      '"Raman, Priya","City Water, Planning","Said: ""call me""',
      'second line of the note"',
      ',,',
      'Jo Park,Museum,',
      'Kim,"Never closed,',
    ].join('\n');
    const { rows, problems } = read(sheet);
    expect(
      rows.map((r) => [r.line, r.person.person.name, r.person.person.organization, r.person.notes]),
    ).toEqual([
      [2, 'Raman, Priya', 'City Water, Planning', 'Said: "call me"\nsecond line of the note'],
      [5, 'Jo Park', 'Museum', ''],
    ]);
    expect(problems).toEqual([{ line: 6, message: expect.stringContaining('never closed') }]);
  });

  test('reads semicolon- and tab-separated sheets', () => {
    expect(read('Name;Organization\nAda;Engines').rows[0].person.person.organization).toBe(
      'Engines',
    );
    expect(read('Name\tOrganization\nAda\tEngines').rows[0].person.person.organization).toBe(
      'Engines',
    );
  });

  test('refuses a file that is not a CSV of people, saying why', () => {
    const error = (text: string) => {
      const r = readPeopleCsv(text);
      return r.ok ? 'read' : r.error;
    };
    expect(error('')).toMatch(/empty/);
    expect(error('\uFEFF  \n ')).toMatch(/empty/);
    expect(error('{"format":"informational-interview-toolkit/plans","plans":[]}')).toMatch(
      /JSON, not CSV/,
    );
    expect(error('Notes:\n"Some text from LinkedIn, with commas"\n\n')).toMatch(
      /No row in that file names its columns/,
    );
    expect(error('Name,Organization\n')).toMatch(/nobody under it/);
  });

  test('leaves out a row with no name or a field longer than its form, by line', () => {
    const { rows, problems } = read(
      `Name,Organization\n,Lonely Org\nAda,${'x'.repeat(151)}\nBo,Fine`,
    );
    expect(rows.map((r) => r.person.person.name)).toEqual(['Bo']);
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [2, 'it has no name.'],
      [3, expect.stringContaining('under “Organization” is longer than 150 characters')],
    ]);
  });

  test('marks people already in the plans, by name and organization', () => {
    const existing = [plan('p1', { person: { name: 'Ada  Lovelace', organization: 'Engines' } })];
    const { rows } = read('Name,Organization\nada lovelace,ENGINES\nAda Lovelace,Other', existing);
    expect(rows.map((r) => r.duplicate)).toEqual([true, false]);
  });
});

describe('decodeCsv', () => {
  const bytes = (...b: number[]) => new Uint8Array(b);
  test('refuses workbooks, PDFs and other binary files, and files over the limit', () => {
    for (const file of [
      bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0),
      new TextEncoder().encode('%PDF-1.7\n'),
      bytes(0x4e, 0x61, 0x6d, 0x65, 0, 0, 1, 2),
      // One NUL byte is enough: text never holds one.
      new TextEncoder().encode(`Name\n${'a'.repeat(500)}\0`),
    ]) {
      const r = decodeCsv(file);
      expect(r.ok ? 'decoded' : r.error).toMatch(/not a CSV text file/);
    }
    const big = decodeCsv(new Uint8Array(csvLimitBytes + 1));
    expect(big.ok ? 'decoded' : big.error).toMatch(/5.0 MB; the import takes CSV files up to 5 MB/);
  });
  test('reads UTF-8 with or without its mark, UTF-16 and Windows-1252', () => {
    const text = (file: Uint8Array) => {
      const r = decodeCsv(file);
      return r.ok ? r.text : r.error;
    };
    expect(
      text(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Name\nRené')])),
    ).toBe('Name\nRené');
    expect(text(bytes(0xff, 0xfe, 0x4e, 0, 0xe9, 0))).toBe('Né');
    expect(text(bytes(0x52, 0x65, 0x6e, 0xe9))).toBe('René');
  });
});

describe('guardCell', () => {
  test('makes cells that start like a formula text, and the import gives the original back', () => {
    for (const cell of [
      '=HYPERLINK("http://x","y")',
      '+1 555 0100',
      '-5',
      '@SUM(A1)',
      "'=already",
      "''+x",
    ])
      expect(guardCell(cell).startsWith("'"), cell).toBe(true);
    for (const cell of ['Ada', "O'Brien", "'quoted", '2026-03-02', ''])
      expect(guardCell(cell), cell).toBe(cell);
    for (const cell of ['=1+1', "'=1+1", "''=1+1", "'plain", 'x'])
      expect(unguardCell(guardCell(cell))).toBe(cell);
  });
});

describe('initialChoice and matchRows', () => {
  test('chooses every new person in a small file and nobody in a big one', () => {
    expect([...initialChoice(read(linkedInExport(3)).rows)]).toEqual([0, 1, 2]);
    expect(initialChoice(read(linkedInExport(26)).rows).size).toBe(0);
  });
  test('filters by every word, in any field, ignoring case and accents', () => {
    const { rows } = read('Name,Role,Organization\nRené Díaz,Curator,Museum\nAda,Engineer,Engines');
    expect(matchRows(rows, 'rene museum')).toEqual([0]);
    expect(matchRows(rows, 'ENGINE')).toEqual([1]);
    expect(matchRows(rows, '')).toEqual([0, 1]);
    expect(matchRows(rows, 'nobody')).toEqual([]);
  });
});

describe('toCsv', () => {
  const log = (entries: Partial<LogEntry>[]): LogEntry[] =>
    entries.map((e, i) => ({
      id: `e${i}`,
      kind: 'asked',
      at: '2026-03-02',
      channel: '',
      meetingAt: null,
      reason: null,
      note: '',
      ...e,
    }));
  const priya = plan('p1', {
    person: {
      name: 'Priya Raman',
      role: 'Engineer',
      organization: 'City Water, Planning',
      connection: 'referral',
      referrer: 'Sam Lee',
    },
    outreach: { toEmail: 'priya@example.org' },
    checklist: { notes: 'Line one, with a comma\nLine "two"' },
    conversation: {
      log: log([
        { kind: 'asked', at: '2026-03-02', channel: 'email' },
        { kind: 'nudged', at: '2026-03-09', channel: 'email', note: 'short' },
        { kind: 'replied', at: '2026-03-10' },
        { kind: 'scheduled', at: '2026-03-10', meetingAt: '2026-03-14T19:30:00.000Z' },
        { kind: 'scheduled', at: '2026-03-12', meetingAt: '2026-03-16T15:00:00.000Z' },
        // A date-time, written as the student's local day.
        { kind: 'talked', at: new Date(2026, 2, 16, 15).toISOString() },
        { kind: 'thanked', at: '2026-03-16' },
        { kind: 'update-sent', at: '2026-06-01' },
        { kind: 'update-sent', at: '2026-05-01' },
      ]),
    },
  });
  const evil = plan('p2', {
    person: {
      name: '=HYPERLINK("http://evil.example","click")',
      organization: '@corp',
      connection: 'other',
    },
    outreach: { connectionText: 'Met on the 7:40 train' },
    checklist: { notes: '-2 points' },
    conversation: {
      log: log([
        { kind: 'asked', at: '2026-01-05' },
        { kind: 'closed', at: '2026-01-20', reason: 'no-reply' },
      ]),
    },
  });
  const blank = plan('p3', { person: { name: 'Jo' } });
  const items = [
    {
      plan: priya,
      status: status({
        stage: 'keeping-in-touch',
        next: { key: 'update:2026-09-01', kind: 'update', due: '2026-09-01', at: null },
      }),
    },
    { plan: evil, status: status({ stage: 'closed-no-reply' }) },
    {
      plan: blank,
      status: status({ next: { key: 'ask', kind: 'ask', due: '2026-03-01', at: null } }),
    },
  ];

  test('writes UTF-8 with a byte-order mark, one row per person, ISO dates and the next step', () => {
    const csv = toCsv(items);
    expect(csv.startsWith('\uFEFFName,Role,Organization,Field,Email,Connection,Referred by')).toBe(
      true,
    );
    const { rows } = read(csv);
    expect(rows).toHaveLength(3);
    const lines = csv.split('\r\n');
    expect(lines[1]).toContain(
      'Priya Raman,Engineer,"City Water, Planning",,priya@example.org,Someone referred me,Sam Lee,,,Keeping in touch,2026-03-02,email,2026-03-10,2026-03-09,',
    );
    expect(lines[1]).toContain(
      ',2026-03-16,2026-03-16,,2026-06-01,,,Send Priya Raman a keep-in-touch update,2026-09-01,"Line one, with a comma',
    );
  });

  test('guards cells that a spreadsheet would run as formulas', () => {
    const csv = toCsv(items);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")",,'@corp`);
    expect(csv).toContain(",'-2 points,");
    expect(csv).not.toMatch(/(^|,)[=+@-]/m);
  });

  test('imports back without loss: the same person, log and notes', () => {
    const people = read(toCsv(items)).rows.map((r) => r.person);
    const again = plansFromPeople(people, {
      newId: (() => {
        let n = 0;
        return () => `n${n++}`;
      })(),
    });
    const strip = (p: Plan) => ({
      person: p.person,
      log: p.conversation.log.map(({ id: _id, ...e }) => e),
      notes: p.checklist.notes,
      email: p.outreach.toEmail,
      connectionText: p.outreach.connectionText,
    });
    expect(again.map(strip)).toEqual([priya, evil, blank].map(strip));
  });

  test('adds a date typed into the sheet after export to the log', () => {
    const csv = toCsv([items[2]]).replace(
      '\r\nJo,,,,,,,,,To contact,',
      '\r\nJo,,,,,,,,,To contact,3/20/2026,',
    );
    const [jo] = read(csv).rows;
    expect(jo.person.log.map((e) => [e.kind, e.at])).toEqual([['asked', '2026-03-20']]);
  });
});
