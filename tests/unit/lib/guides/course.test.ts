import { describe, expect, test } from 'vitest';
import {
  countWords,
  mdxToPlainText,
  courseOrder,
  groupBySection,
  neighbours,
  readingMinutes,
} from '../../../../src/lib/guides/course';

const g = (id: string, section: 'why' | 'who' | 'how', order: number, draft = false) => ({
  id,
  data: { section, order, title: id, draft },
});
const guides = [
  g('c', 'how', 1),
  g('a', 'why', 2),
  g('b', 'who', 1),
  g('z', 'why', 1),
  g('d', 'how', 2, true),
];

describe('courseOrder', () => {
  test('orders by section (why, who, how), then by order, and leaves drafts out', () => {
    expect(courseOrder(guides).map((x) => x.id)).toEqual(['z', 'a', 'b', 'c']);
  });
});

describe('groupBySection', () => {
  test('groups published guides under their section in course order', () => {
    expect(groupBySection(guides).map((s) => [s.section, s.guides.map((x) => x.id)])).toEqual([
      ['why', ['z', 'a']],
      ['who', ['b']],
      ['how', ['c']],
    ]);
  });
});

describe('neighbours', () => {
  test('links across section boundaries and stops at both ends', () => {
    expect(neighbours(guides, 'a')).toMatchObject({ prev: { id: 'z' }, next: { id: 'b' } });
    expect(neighbours(guides, 'z').prev).toBeNull();
    expect(neighbours(guides, 'c').next).toBeNull();
  });
});

describe('readingMinutes and countWords', () => {
  test('counts words but not Markdown markup', () => {
    expect(countWords('## A heading\n\n- **bold** item, and [a link](/x/)')).toBe(7);
  });
  test('rounds to whole minutes at 200 words a minute, never below one', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(1000)).toBe(5);
  });
});

describe('mdxToPlainText', () => {
  const source = [
    '---',
    'title: A guide',
    '---',
    "import Tip from './Tip.astro';",
    '',
    '## A heading',
    '',
    'Some **bold** text with [a link](/x/).',
    '',
    '<Tip title="Go">',
    '',
    '- first item',
    '- second item!',
    '',
    '</Tip>',
    '',
    '| Who | Why |',
    '| --- | --- |',
    '| Rosa | Nursing |',
  ].join('\n');
  const text = mdxToPlainText(source);

  test('drops frontmatter, imports, tags and link targets', () => {
    expect(text).not.toMatch(/title:|import|<|\/x\/|\*|\|/);
    expect(text).toContain('Some bold text with a link.');
  });

  test('ends every heading, list item and table row as its own sentence', () => {
    expect(text.split('\n')).toEqual([
      'A heading.',
      'Some bold text with a link.',
      'first item.',
      'second item!',
      'Who Why.',
      'Rosa Nursing.',
    ]);
  });
});
