import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { syncWithFile } from '../../support/content-sync';
import {
  backgrounds,
  categories,
  flattenBank,
  questionsThatFit,
  tiara,
  type BankGroup,
  type BankQuestion,
} from '../../../src/lib/questions/bank';
import { suggestSet } from '../../../src/lib/questions/suggest.lazy';

const root = resolve(import.meta.dirname, '../../..');
const folder = join(root, 'src/content/questions');
const groups = readdirSync(folder)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parse(readFileSync(join(folder, f), 'utf8')) as BankGroup);
// Tags left out in the YAML mean "all"; the collection schema fills them in the same way.
const bank: BankQuestion[] = flattenBank(groups).map((q) => ({
  ...q,
  stages: q.stages ?? ['student', 'early-career', 'career-changer'],
  contacts: q.contacts ?? ['friend-family', 'alumni', 'linkedin', 'event'],
  fields: q.fields ?? [],
  backgrounds: q.backgrounds ?? [],
}));

describe('the question bank', () => {
  test('has at least 150 questions with unique ids', () => {
    expect(bank.length).toBeGreaterThanOrEqual(150);
    expect(new Set(bank.map((q) => q.id)).size).toBe(bank.length);
  });

  test('has one file per category', () => {
    expect(groups.map((g) => g.category).sort()).toEqual([...categories].sort());
  });

  test('has no duplicate wording', () => {
    const texts = bank.map((q) => q.text.toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
  });

  test.each(['student', 'early-career', 'career-changer'] as const)(
    'suggests a full, balanced 45-minute set for a %s with any contact',
    (stage) => {
      for (const contact of ['', 'friend-family', 'alumni', 'linkedin', 'event'] as const) {
        const set = suggestSet(bank, { minutes: 45, stage, contact });
        expect(set).toHaveLength(questionsThatFit(45));
        for (const c of tiara) expect(set.some((q) => q.category === c)).toBe(true);
      }
    },
  );
});

describe('questions for the students the guides name', () => {
  test.each(backgrounds)('%s students have questions in at least four categories', (background) => {
    const own = bank.filter((q) => q.backgrounds.includes(background));
    expect(new Set(own.map((q) => q.category)).size).toBeGreaterThanOrEqual(4);
  });

  test('career changers have questions of their own in every TIARA category', () => {
    for (const c of tiara)
      expect(
        bank.some(
          (q) => q.category === c && q.stages.length === 1 && q.stages[0] === 'career-changer',
        ),
        c,
      ).toBe(true);
  });

  test.each(backgrounds)(
    'a suggested set for %s students includes their questions, and others never see them',
    (background) => {
      const set = suggestSet(bank, { minutes: 30, stage: 'student', contact: '', background });
      expect(set.some((q) => q.backgrounds.includes(background))).toBe(true);
      const general = suggestSet(bank, { minutes: 45, stage: 'student', contact: '' });
      expect(general.some((q) => q.backgrounds.length > 0)).toBe(false);
    },
  );
});

describe('flattenBank', () => {
  test('orders categories as a conversation runs and stamps each question with its category', () => {
    const flat = flattenBank([...groups].reverse());
    expect(flat[0].category).toBe('warm-up');
    expect(flat.at(-1)!.category).toBe('closing');
  });

  test('refuses two questions with the same id, naming the id', () => {
    const q = {
      id: 'x1',
      text: 'A question?',
      stages: [],
      contacts: [],
      fields: [],
      backgrounds: [],
    };
    expect(() =>
      flattenBank([
        { category: 'trends', title: 'T', summary: 's', questions: [q] },
        { category: 'advice', title: 'A', summary: 's', questions: [q] },
      ]),
    ).toThrow(/"x1" is used twice/);
  });
});

describe('questions collection schema', () => {
  test('a bad question fails the build, naming the file and the field', () => {
    const { status, output } = syncWithFile(
      'src/content/questions/broken-extra.yaml',
      [
        'category: advice',
        'title: Broken',
        'summary: A file with one good question and one with a stage the schema does not know.',
        'questions:',
        '  - id: bx1',
        '    text: What would you do in my place?',
        '  - id: bx2',
        '    text: Which skills matter at {company}?',
        '  - id: bx3',
        '    text: A question for a stage that does not exist?',
        '    stages: [retiree]',
        '  - id: bx4',
        '    text: Filler question number four?',
        '  - id: bx5',
        '    text: Filler question number five?',
      ].join('\n'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('broken-extra');
    expect(output).toMatch(/questions\.2\.stages/);
    expect(output).toMatch(/questions\.1\.text/);
  }, 120_000);
});
