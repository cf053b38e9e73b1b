import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  fillSegments,
  fillText,
  filterBank,
  indexBank,
  move,
  questionsThatFit,
  shareCodeFromHash,
  tiara,
  timeFit,
  timing,
  type ListItem,
} from '../../../../src/lib/questions/bank';
import { toMarkdown, toPlainText } from '../../../../src/lib/questions/export.lazy';
import { decodeShare, encodeShare } from '../../../../src/lib/questions/share.lazy';
import { suggestSet } from '../../../../src/lib/questions/suggest.lazy';
import { generatedBank, smallBank } from '../../../support/questions';

const bank = smallBank();
const indexed = indexBank(bank);
const ids = (list: { id: string }[]) => list.map((q) => q.id);

describe('filterBank', () => {
  test('with an empty filter returns the whole bank in order', () => {
    expect(ids(filterBank(indexed, {}))).toEqual(ids(bank));
  });

  test('narrows to one category', () => {
    expect(ids(filterBank(indexed, { category: 'closing' }))).toEqual(['closing-1', 'closing-2']);
  });

  test('keeps only questions tagged for the stage', () => {
    const out = filterBank(indexed, { stage: 'student' });
    expect(out.length).toBeGreaterThan(0);
    expect(out.every((q) => q.stages.includes('student'))).toBe(true);
    expect(ids(out)).not.toContain('advice-2');
  });

  test('keeps only questions tagged for the contact', () => {
    expect(ids(filterBank(indexed, { contact: 'alumni' }))).not.toContain('event-1');
    expect(ids(filterBank(indexed, { contact: 'event' }))).toContain('event-1');
  });

  test('a field keeps general questions and that field, and drops other fields', () => {
    expect(ids(filterBank(indexed, { field: 'tech' }))).toContain('tech-1');
    expect(ids(filterBank(indexed, { field: 'health' }))).not.toContain('tech-1');
    expect(filterBank(indexed, { field: 'health' })).toHaveLength(bank.length - 1);
  });

  test('a background keeps general questions and that background, and drops other backgrounds', () => {
    expect(ids(filterBank(indexed, { background: 'international' }))).toContain('abroad-1');
    expect(ids(filterBank(indexed, { background: 'first-generation' }))).not.toContain('abroad-1');
    expect(filterBank(indexed, { background: 'first-generation' })).toHaveLength(bank.length - 1);
    expect(ids(filterBank(indexed, {}))).toContain('abroad-1');
  });

  test('combines every part of the filter', () => {
    expect(
      ids(filterBank(indexed, { category: 'insights', stage: 'career-changer', field: 'tech' })),
    ).toEqual(['insights-1', 'insights-2', 'tech-1']);
  });
});

describe('filterBank search', () => {
  test('needs every word, in any order, ignoring case', () => {
    expect(ids(filterBank(indexed, { query: 'QUESTION changer closing' }))).toEqual(['closing-2']);
  });

  test('ignores accents both ways', () => {
    expect(ids(filterBank(indexed, { query: 'resume' }))).toEqual(['event-1']);
    expect(ids(filterBank(indexed, { query: 'résumé' }))).toEqual(['event-1']);
  });

  test('searches the follow-up probe too', () => {
    expect(ids(filterBank(indexed, { query: 'review go well' }))).toEqual(['tech-1']);
  });

  test('blank search matches everything; a word in no question matches nothing', () => {
    expect(filterBank(indexed, { query: '   ' })).toHaveLength(bank.length);
    expect(filterBank(indexed, { query: 'zeppelin' })).toEqual([]);
  });
});

describe('questionsThatFit', () => {
  test('allows for the opening and closing, then a few minutes per question', () => {
    expect(timing.minutesPerQuestion).toBe(3);
    expect(questionsThatFit(15)).toBe(4);
    expect(questionsThatFit(20)).toBe(5);
    expect(questionsThatFit(30)).toBe(9);
    expect(questionsThatFit(45)).toBe(14);
  });

  test('never says zero questions fit', () => {
    expect(questionsThatFit(2)).toBe(1);
  });
});

describe('timeFit', () => {
  test('a list that fits has nothing over', () => {
    expect(timeFit(5, 20)).toEqual({ capacity: 5, needed: 18, over: 0 });
  });

  test('flags how many questions run over and the minutes they need', () => {
    expect(timeFit(8, 20)).toEqual({ capacity: 5, needed: 27, over: 3 });
  });
});

describe('suggestSet', () => {
  // The generated bank tags every question narrowly, so a set needs a stage and a contact.
  const who = { stage: 'student', contact: 'alumni' } as const;
  test.each(timing.lengths)('fills %i minutes with as many questions as fit', (minutes) => {
    const full = generatedBank(400);
    expect(suggestSet(full, { minutes, ...who })).toHaveLength(questionsThatFit(minutes));
  });

  test('opens with one warm-up and ends with one closing question', () => {
    const set = suggestSet(generatedBank(400), { minutes: 30, ...who });
    expect(set[0].category).toBe('warm-up');
    expect(set.at(-1)!.category).toBe('closing');
    expect(set.filter((q) => q.category === 'warm-up')).toHaveLength(1);
    expect(set.filter((q) => q.category === 'closing')).toHaveLength(1);
  });

  test('covers all five TIARA categories when seven or more fit, in TIARA order', () => {
    const set = suggestSet(generatedBank(400), { minutes: 30, ...who });
    const middle = set.slice(1, -1).map((q) => q.category);
    expect(new Set(middle)).toEqual(new Set(tiara));
    const order = middle.map((c) => tiara.indexOf(c as (typeof tiara)[number]));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  test('balances TIARA categories within one question of each other', () => {
    const set = suggestSet(generatedBank(400), { minutes: 45, ...who });
    const counts = tiara.map((c) => set.filter((q) => q.category === c).length);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
  });

  test('when few fit, asks for advice and insights first', () => {
    const set = suggestSet(generatedBank(400), { minutes: 15, ...who });
    expect(set.map((q) => q.category)).toEqual(['warm-up', 'insights', 'advice', 'closing']);
  });

  test('only uses questions for the stage and contact, and prefers those written for them', () => {
    const set = suggestSet(bank, { minutes: 20, stage: 'career-changer', contact: 'event' });
    expect(set.length).toBeGreaterThan(0);
    expect(set.every((q) => q.stages.includes('career-changer'))).toBe(true);
    expect(set[0].id).toBe('event-1');
    expect(ids(set)).toContain('advice-2');
  });

  test('leaves out questions written for one contact or stage when none is chosen', () => {
    const set = suggestSet(bank, { minutes: 45 });
    expect(set.length).toBeGreaterThan(0);
    expect(ids(set)).not.toContain('event-1');
    expect(set.every((q) => q.stages.length === 3)).toBe(true);
  });

  test('uses field questions only for that field', () => {
    expect(ids(suggestSet(bank, { minutes: 45 }))).not.toContain('tech-1');
    expect(ids(suggestSet(bank, { minutes: 45, field: 'tech' }))).toContain('tech-1');
  });

  test('uses background questions only for that background, and puts them first', () => {
    expect(ids(suggestSet(bank, { minutes: 45 }))).not.toContain('abroad-1');
    const set = suggestSet(bank, { minutes: 45, background: 'first-generation' });
    expect(ids(set)).not.toContain('abroad-1');
    const abroad = suggestSet(bank, { minutes: 20, background: 'international' });
    expect(abroad.find((q) => q.category === 'advice')?.id).toBe('abroad-1');
  });

  test('never repeats a question, even when the bank runs short', () => {
    const set = suggestSet(bank, { minutes: 45 });
    expect(new Set(ids(set)).size).toBe(set.length);
    expect(set.length).toBeLessThanOrEqual(questionsThatFit(45));
  });
});

describe('fillText', () => {
  const person = { organization: 'Riverside Clinic', role: 'nurse manager', field: '' };

  test('fills placeholders from the plan', () => {
    expect(fillText('What is a day like as a {role} at {organization}?', person, true)).toBe(
      'What is a day like as a nurse manager at Riverside Clinic?',
    );
  });

  test('shows an unfilled placeholder in brackets, never "undefined"', () => {
    const text = fillText('How did you get into {field}?', person, true);
    expect(text).toBe('How did you get into [field]?');
    expect(fillText('{organization}', {}, true)).toBe('[organization]');
  });

  test('treats a value of only spaces as unfilled', () => {
    expect(fillText('At {organization}', { organization: '  ' }, true)).toBe('At [organization]');
  });

  test('fits the articles to what fills the placeholders', () => {
    const health = { role: 'Epidemiologist', organization: 'State Department of Public Health' };
    expect(fillText('What is a day like as a {role} at {organization}?', health, true)).toBe(
      'What is a day like as an Epidemiologist at the State Department of Public Health?',
    );
    expect(fillText('What is a day like as a {role}?', {}, true)).toBe(
      'What is a day like as a [role]?',
    );
  });

  test('fits no English article in a language without them: a Spanish "a" is a preposition', () => {
    const values = { role: 'epidemióloga', organization: 'Museum of Modern Art' };
    const question = '¿Qué consejo le darías a {role} que empieza en {organization}?';
    expect(fillText(question, values, false)).toBe(
      '¿Qué consejo le darías a epidemióloga que empieza en Museum of Modern Art?',
    );
    expect(fillSegments(question, values, false)).toEqual([
      { text: '¿Qué consejo le darías a epidemióloga que empieza en Museum of Modern Art?' },
    ]);
  });
});

describe('fillSegments', () => {
  test('marks which parts are missing so the island can flag them', () => {
    expect(fillSegments('In {field} at {organization}.', { organization: 'Acme' }, true)).toEqual([
      { text: 'In ' },
      { missing: 'field' },
      { text: ' at Acme.' },
    ]);
  });

  test('leaves text without placeholders as one piece', () => {
    expect(fillSegments('Plain question?', {}, true)).toEqual([{ text: 'Plain question?' }]);
  });
});

describe('move', () => {
  const list = ['a', 'b', 'c', 'd'];

  test('moves an item up or down by one', () => {
    expect(move(list, 2, -1)).toEqual(['a', 'c', 'b', 'd']);
    expect(move(list, 0, 1)).toEqual(['b', 'a', 'c', 'd']);
  });

  test('returns the same array when the move would leave the list', () => {
    expect(move(list, 0, -1)).toBe(list);
    expect(move(list, 3, 1)).toBe(list);
    expect(move(list, 7, -1)).toBe(list);
  });

  test('keeps every item exactly once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer(), { maxLength: 20 }),
        fc.nat(25),
        fc.integer({ min: -3, max: 3 }),
        (arr, i, d) => {
          expect([...move(arr, i, d)].sort()).toEqual([...arr].sort());
        },
      ),
    );
  });
});

const words = { title: 'Questions for Sam', mustAsk: 'Must ask', notes: 'Notes' };
const items: ListItem[] = [
  { id: 'b-1', sourceId: '1', text: 'What is new in {field}?', mustAsk: true, notes: '' },
  {
    id: 'c-1',
    sourceId: null,
    text: 'Is *remote* work common?',
    mustAsk: false,
    notes: 'Yes.\nMost days.',
  },
];

describe('toPlainText', () => {
  test('numbers questions, marks must-ask ones and indents notes', () => {
    expect(toPlainText(items, (q) => fillText(q, { field: 'nursing' }, true), words)).toBe(
      'Questions for Sam\n\n1. (Must ask) What is new in nursing?\n2. Is *remote* work common?\n   Yes.\n   Most days.\n',
    );
  });
});

describe('toMarkdown', () => {
  test('writes a heading, a numbered list and quoted notes, escaping Markdown characters', () => {
    expect(toMarkdown(items, (q) => fillText(q, {}, true), words)).toBe(
      '# Questions for Sam\n\n1. **Must ask:** What is new in \\[field\\]?\n2. Is \\*remote\\* work common?\n\n   > Yes.\n   > Most days.\n',
    );
  });
});

describe('share links', () => {
  const text = (id: string) => bank.find((q) => q.id === id)?.text;
  const list = {
    minutes: 30,
    items: [
      { sourceId: 'advice-1', text: 'General advice question', mustAsk: false },
      { sourceId: 'trends-1', text: 'Reworded trends question', mustAsk: true },
      { sourceId: null, text: 'My own question — with “quotes” and émoji 🙂', mustAsk: false },
    ],
  };

  test('round-trips a list: bank ids, edited wording, own questions and must-ask', () => {
    const code = encodeShare(list, text);
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeShare(code, text)).toEqual({ ok: true, list });
  });

  test('round-trips any list of own questions', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            sourceId: fc.constant(null),
            text: fc.string({ minLength: 1, maxLength: 200 }).filter((t) => t.trim() !== ''),
            mustAsk: fc.boolean(),
          }),
          { minLength: 1, maxLength: 20 },
        ),
        (own) => {
          const shared = { minutes: 20, items: own };
          expect(decodeShare(encodeShare(shared, text), text)).toEqual({ ok: true, list: shared });
        },
      ),
    );
  });

  test('stores an unedited bank question as its id alone, so links stay short', () => {
    const code = encodeShare({ minutes: 20, items: [list.items[0]] }, text);
    expect(atob(code.replace(/-/g, '+').replace(/_/g, '/'))).toBe(
      '{"v":1,"n":20,"q":["advice-1"]}',
    );
  });

  test.each([
    ['not base64', '%%%'],
    ['base64 of garbage', btoa('not json').replace(/=+$/, '')],
    ['the wrong version', btoa('{"v":2,"n":20,"q":["advice-1"]}').replace(/=+$/, '')],
    ['an entry that is a number', btoa('{"v":1,"n":20,"q":[5]}').replace(/=+$/, '')],
    ['a blank own question', btoa('{"v":1,"n":20,"q":[{"t":" "}]}').replace(/=+$/, '')],
    ['an empty string', ''],
  ])('rejects %s as malformed', (_, code) => {
    expect(decodeShare(code, text)).toEqual({ ok: false, error: 'malformed' });
  });

  test('rejects a link naming a question the bank does not have', () => {
    const code = btoa('{"v":1,"n":20,"q":["gone-7"]}').replace(/=+$/, '');
    expect(decodeShare(code, text)).toEqual({ ok: false, error: 'unknown-question' });
  });

  test('rejects a link with no questions', () => {
    expect(decodeShare(btoa('{"v":1,"n":20,"q":[]}').replace(/=+$/, ''), text)).toEqual({
      ok: false,
      error: 'empty',
    });
  });

  test('falls back to 20 minutes when the length is not one the builder offers', () => {
    const code = btoa('{"v":1,"n":999,"q":["advice-1"]}').replace(/=+$/, '');
    const result = decodeShare(code, text);
    expect(result.ok && result.list.minutes).toBe(20);
  });

  test('shareCodeFromHash finds the code in a fragment', () => {
    expect(shareCodeFromHash('#share=abc_-1')).toBe('abc_-1');
    expect(shareCodeFromHash('#main')).toBeNull();
    expect(shareCodeFromHash('')).toBeNull();
  });
});

describe('filter speed', () => {
  test('one filter pass over 2,000 questions takes under 2 ms (median of 25)', () => {
    const big = indexBank(generatedBank(2000));
    const filters = [
      { query: 'budget team' },
      { category: 'advice' as const, stage: 'student' as const, query: 'clients' },
      { contact: 'linkedin' as const, field: 'tech' as const, query: 'organization role data' },
    ];
    for (const f of filters) filterBank(big, f); // warm up the JIT
    const runs: number[] = [];
    for (let i = 0; i < 25; i++) {
      const start = performance.now();
      filterBank(big, filters[i % filters.length]);
      runs.push(performance.now() - start);
    }
    runs.sort((a, b) => a - b);
    expect(runs[Math.floor(runs.length / 2)]).toBeLessThan(2);
  });
});
