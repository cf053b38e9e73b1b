import Papa from 'papaparse';
import { org } from '../../../support/organizations';
import { describe, expect, test } from 'vitest';
import { addEntry, doneEntry } from '../../../../src/lib/conversations/actions.lazy';
import {
  guardCell,
  unguardCell,
  type CsvWords,
} from '../../../../src/lib/conversations/csv-columns';
import {
  csvLimitBytes,
  decodeCsv,
  initialChoice,
  matchRows,
  readPeopleCsv,
  type CsvReadResult,
} from '../../../../src/lib/conversations/csv-read.lazy';
import { toCsv } from '../../../../src/lib/conversations/csv-write.lazy';
import type { LogEntry } from '../../../../src/lib/conversations/log';
import { plansFromPeople } from '../../../../src/lib/conversations/people';
import { logEntry } from '../../../../src/lib/conversations/record';
import { planSchema, type Plan } from '../../../../src/lib/plans/plan';
import { linkedInExport, noDetails, statusWith } from '../../../support/conversations';
import es from '../../../../src/lib/strings/es/conversations.json';
import { csvMessages, englishCsvWords } from '../../../support/conversations-files';

/** The words a Spanish page passes to the export. */
const spanishWords: CsvWords = {
  columns: es.csvColumns,
  stages: es.stageText,
  nextSteps: es.nextStepText,
  closeReasons: es.closeReasonText,
  log: es.csvLogText,
  connections: { referral: 'Alguien me recomendó', school: 'Exalumno de mi universidad' },
};

/** The rows of a successful read; fails the test with the message otherwise. */
function read(text: string, existing: Plan[] = []) {
  const result: CsvReadResult = readPeopleCsv(text, existing, csvMessages);
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
      const r = readPeopleCsv(text, [], csvMessages);
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
      const r = decodeCsv(file, csvMessages);
      expect(r.ok ? 'decoded' : r.error).toMatch(/not a CSV text file/);
    }
    const big = decodeCsv(new Uint8Array(csvLimitBytes + 1), csvMessages);
    expect(big.ok ? 'decoded' : big.error).toMatch(/5.0 MB; the import takes CSV files up to 5 MB/);
  });
  test('reads UTF-8 with or without its mark, UTF-16 and Windows-1252', () => {
    const text = (file: Uint8Array) => {
      const r = decodeCsv(file, csvMessages);
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
    entries.map((e, i) => logEntry({ id: `e${i}`, kind: 'asked', at: '2026-03-02', ...e }));
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
      debrief: {
        learned: 'Most planners start in field crews, "really"\nand move up.',
        advice: 'Take the GIS course.',
      },
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
      status: statusWith({
        stage: 'keeping-in-touch',
        next: { key: 'update:2026-09-01', kind: 'update', due: '2026-09-01', at: null },
      }),
    },
    { plan: evil, status: statusWith({ stage: 'closed-no-reply' }) },
    {
      plan: blank,
      status: statusWith({ next: { key: 'ask', kind: 'ask', due: '2026-03-01', at: null } }),
    },
  ];

  test('writes UTF-8 with a byte-order mark, one row per person, ISO dates and the next step', () => {
    const csv = toCsv(items, englishCsvWords);
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
    const csv = toCsv(items, englishCsvWords);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")",,'@corp`);
    expect(csv).toContain(",'-2 points,");
    expect(csv).not.toMatch(/(^|,)[=+@-]/m);
  });

  test('imports back without loss: the same person, log and notes', () => {
    const people = read(toCsv(items, englishCsvWords)).rows.map((r) => r.person);
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
      learned: p.conversation.debrief.learned,
      advice: p.conversation.debrief.advice,
    });
    expect(again.map(strip)).toEqual([priya, evil, blank].map(strip));
  });

  test('adds a date typed into the sheet after export to the log', () => {
    const csv = toCsv([items[2]], englishCsvWords).replace(
      '\r\nJo,,,,,,,,,To contact,',
      '\r\nJo,,,,,,,,,To contact,3/20/2026,',
    );
    const [jo] = read(csv).rows;
    expect(jo.person.log.map((e) => [e.kind, e.at])).toEqual([['asked', '2026-03-20']]);
  });
});

describe('the Log column', () => {
  const entries = (list: Partial<LogEntry>[]): LogEntry[] =>
    list.map((e, i) => logEntry({ id: `e${i}`, kind: 'asked', at: '2026-12-07', ...e }));
  const local = (...parts: [number, number, number, number?, number?, number?, number?]) => {
    const [y, m, d, h = 0, min = 0, s = 0, ms = 0] = parts;
    return new Date(y, m - 1, d, h, min, s, ms).toISOString();
  };
  /** Every kind, every closing reason, channels and none, meeting times, awkward notes. */
  const everything = entries([
    { kind: 'asked', at: '2026-12-07', channel: 'email' },
    {
      kind: 'nudged',
      at: '2026-12-14',
      note: 'Said "call me, maybe"\nthen: write back; note: twice \\n is not a line break\r\n',
    },
    { kind: 'replied', at: local(2026, 12, 15, 9, 5, 7, 120) },
    { kind: 'scheduled', at: local(2026, 12, 15, 14, 30), meetingAt: local(2026, 12, 17, 15) },
    { kind: 'scheduled', at: '2026-12-16', meetingAt: local(2026, 12, 18, 8, 45) },
    { kind: 'talked', at: local(2026, 12, 18, 8, 45) },
    { kind: 'thanked', at: '2026-12-18', note: 'By email, with the article' },
    { kind: 'referrer-told', at: '2026-12-19' },
    { kind: 'update-sent', at: '2027-02-01', channel: 'linkedin-message' },
    { kind: 'closed', at: '2027-02-02', reason: 'paused', note: 'Moved abroad, try again in June' },
    { kind: 'reopened', at: local(2027, 3, 1, 10) },
    { kind: 'closed', at: '2027-03-05', reason: 'declined' },
    { kind: 'reopened', at: '2027-03-06' },
    { kind: 'closed', at: '2027-04-01', reason: 'no-reply', note: '  spaces kept  ' },
  ]);
  const kai = plan('kai', { person: { name: 'Kai Moana' }, conversation: { log: everything } });
  /** The log cell of one plan's export, as a spreadsheet shows it. */
  const logOf = (p: Plan) => {
    const [header, row] = Papa.parse<string[]>(
      toCsv([{ plan: p, status: statusWith() }], englishCsvWords).slice(1),
      {
        delimiter: ',',
      },
    ).data;
    return row[header.indexOf('Log')];
  };
  const imported = (csv: string) => read(csv).rows[0].person.log;

  test('writes one line per entry a person can read: the date (and local time), what happened, and what it holds', () => {
    expect(logOf(kai).split('\n')).toEqual([
      '2026-12-07 asked (email)',
      '2026-12-14 nudged; note: Said "call me, maybe"\\nthen: write back; note: twice \\\\n is not a line break\\r\\n',
      '2026-12-15 09:05:07.120 replied',
      '2026-12-15 14:30 scheduled for 2026-12-17 15:00',
      '2026-12-16 scheduled for 2026-12-18 08:45',
      '2026-12-18 08:45 talked',
      '2026-12-18 thanked; note: By email, with the article',
      '2026-12-19 told the referrer',
      '2027-02-01 sent an update (linkedin-message)',
      '2027-02-02 closed: Paused; note: Moved abroad, try again in June',
      '2027-03-01 10:00 reopened',
      '2027-03-05 closed: Declined',
      '2027-03-06 reopened',
      '2027-04-01 closed: No reply; note:   spaces kept  ',
    ]);
  });

  test('imports every kind, channel, meeting time, reason and note back exactly', () => {
    const csv = toCsv([{ plan: kai, status: statusWith() }], englishCsvWords);
    expect(imported(csv)).toEqual(everything.map(({ id: _id, ...e }) => e));
  });

  test('a Spanish page exports Spanish headings and log words, and the import reads them back', () => {
    const csv = toCsv([{ plan: kai, status: statusWith() }], spanishWords);
    expect(
      csv.startsWith('\uFEFFNombre,Puesto,Organización,Campo,Correo,Conexión,De parte de'),
    ).toBe(true);
    expect(csv).toContain('2026-12-07 pedido (email)');
    expect(csv).toContain('2026-12-15 14:30 agendado para 2026-12-17 15:00');
    expect(csv).toContain('2027-02-02 cerrado: En pausa; nota: Moved abroad, try again in June');
    expect(imported(csv)).toEqual(everything.map(({ id: _id, ...e }) => e));
  });

  test('the import reads English and Spanish headings alike, whichever page exported the file', () => {
    const both = [{ plan: kai, status: statusWith() }];
    const english = read(toCsv(both, englishCsvWords)).rows.map((r) => r.person);
    const spanish = read(toCsv(both, spanishWords)).rows.map((r) => r.person);
    expect(spanish).toEqual(english);
    const typed = read(
      'Nombre completo,Empresa,Cargo,Correo electrónico,Recomendado por\r\nAna Ruiz,Acme,Analista,ana@example.org,Sam Lee\r\n',
    ).rows[0].person;
    expect(typed).toMatchObject({ email: 'ana@example.org' });
    expect(typed.person).toMatchObject({
      name: 'Ana Ruiz',
      organization: 'Acme',
      role: 'Analista',
      referrer: 'Sam Lee',
    });
  });

  test('imports back exactly where the clocks go back, the repeated hour written with its offset', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'America/New_York';
    try {
      // 1:30 in the morning, twice: daylight time, then standard time.
      const log = entries([
        {
          kind: 'scheduled',
          at: '2026-11-01T05:30:00.000Z',
          meetingAt: '2026-11-01T06:30:00.000Z',
        },
        { kind: 'talked', at: '2026-11-01T06:30:00.000Z' },
      ]);
      const p = plan('dst', { person: { name: 'Ana' }, conversation: { log } });
      expect(logOf(p).split('\n')).toEqual([
        '2026-11-01 01:30 scheduled for 2026-11-01 01:30-05:00',
        '2026-11-01 01:30-05:00 talked',
      ]);
      expect(imported(toCsv([{ plan: p, status: statusWith() }], englishCsvWords))).toEqual(
        log.map(({ id: _id, ...e }) => e),
      );
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  test('writes no channel that was not chosen: a request marked done from Today says none', () => {
    let n = 0;
    const newId = () => `n${++n}`;
    const fresh = plan('jo', { person: { name: 'Jo Park' } });
    const now = new Date(2026, 11, 7, 12);
    const asked = addEntry(fresh, doneEntry({ kind: 'ask', at: null }, now)!, newId);
    const nudged = addEntry(
      asked,
      doneEntry({ kind: 'nudge', at: null }, new Date(2026, 11, 14, 12))!,
      newId,
    );
    const csv = toCsv([{ plan: nudged, status: statusWith() }], englishCsvWords);
    expect(logOf(nudged)).toBe('2026-12-07 asked\n2026-12-14 nudged');
    expect(csv).not.toContain('email');
    expect(imported(csv).map((e) => e.channel)).toEqual(['', '']);
  });

  test('still imports the JSON that exports wrote before, and reads hand-typed lines', () => {
    const old = [
      'Name,Asked on,Asked via,Log',
      'Ada,2026-03-02,email,"[{""kind"":""asked"",""at"":""2026-03-02"",""channel"":""email""},{""kind"":""closed"",""at"":""2026-03-20"",""reason"":""no-reply"",""note"":""x, \\""y\\""""}]"',
    ].join('\r\n');
    expect(imported(old)).toEqual([
      { ...noDetails, kind: 'asked', at: '2026-03-02', channel: 'email' },
      { ...noDetails, kind: 'closed', at: '2026-03-20', reason: 'no-reply', note: 'x, "y"' },
    ]);
    // Typed in a spreadsheet: any case, kinds by their ids, blank lines and leading spaces.
    const typed =
      'Name,Log\r\nBo,"2026-03-02 Asked (email)\n\n  2026-03-09 referrer-told\n2026-03-10 closed: declined"';
    expect(imported(typed).map((e) => [e.kind, e.at, e.channel, e.reason])).toEqual([
      ['asked', '2026-03-02', 'email', null],
      ['referrer-told', '2026-03-09', '', null],
      ['closed', '2026-03-10', '', 'declined'],
    ]);
  });

  test('writes a log holding a date it cannot read as JSON, as before, so it still comes back whole', () => {
    const log = entries([
      { kind: 'asked', at: '2026-12-07', channel: 'email' },
      { kind: 'talked', at: 'the Tuesday after' },
    ]);
    const p = plan('odd', { person: { name: 'Odd' }, conversation: { log } });
    expect(logOf(p).startsWith('[{')).toBe(true);
    expect(imported(toCsv([{ plan: p, status: statusWith() }], englishCsvWords))).toEqual(
      log.map(({ id: _id, ...e }) => e),
    );
  });

  test('leaves out a row whose log has a line it cannot read, quoting the line', () => {
    const { rows, problems } = read(
      'Name,Log\r\nAda,"2026-03-02 asked\n2026-03-05 phoned them"\r\nBo,2026-02-30 13:00 talked\r\nCy,2026-03-02 closed: bored',
    );
    expect(rows).toEqual([]);
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [2, expect.stringContaining('does not read: “2026-03-05 phoned them”')],
      [4, expect.stringContaining('“2026-02-30 13:00 talked”')],
      [5, expect.stringContaining('“2026-03-02 closed: bored”')],
    ]);
  });

  test('writes the debrief’s learned and advice in their own columns, and imports them back', () => {
    const p = plan('mo', {
      person: { name: 'Mo' },
      conversation: {
        debrief: { learned: 'Field crews first,\n"then" planning', advice: 'Take GIS' },
      },
    });
    const csv = toCsv([{ plan: p, status: statusWith() }], englishCsvWords);
    expect(csv).toContain(',What I learned,The advice I got,Log,Target list rank\r\n');
    expect(csv).toContain(',"Field crews first,\n""then"" planning",Take GIS,');
    const [again] = plansFromPeople(read(csv).rows.map((r) => r.person));
    expect(again.conversation.debrief).toMatchObject({
      learned: 'Field crews first,\n"then" planning',
      advice: 'Take GIS',
    });
  });

  test('writes each organization’s place on the target list in one column, empty when it is not on it', () => {
    const at = (name: string, organization: string) =>
      plan(name, { person: { name, organization } });
    const csv = toCsv(
      [
        { plan: at('Ana', 'Acme, Inc.'), status: statusWith() },
        { plan: at('Luis', 'River Bank'), status: statusWith() },
        { plan: at('Mei', 'Gone Co'), status: statusWith() },
      ],
      englishCsvWords,
      [
        org('Acme', { motivation: 3 }),
        org('Zenith', { motivation: 2 }),
        org('Gone Co', { removed: true }),
      ],
    );
    const rows = csv.trim().split('\r\n').slice(1);
    // Acme first; Zenith second; River Bank joins the list from its plan, unrated, third.
    expect(rows.map((r) => r.split(',').at(-1))).toEqual(['1', '3', '']);
    // Read back, the rank is no note: it follows from the list.
    expect(read(csv).rows.map((r) => r.person.notes)).toEqual(['', '', '']);
  });
});
