import { beforeEach, describe, expect, test, vi } from 'vitest';

/** What the mocked collections hold; each test fills in what it needs. */
const store: Record<string, { id: string; data: Record<string, unknown> }[]> = {};

vi.mock('astro:content', () => ({
  getCollection: async (name: string) => store[name] ?? [],
  getEntry: async (name: string, id: string) => store[name]?.find((e) => e.id === id),
}));

const read = await import('../../../src/content/read');

const guide = (id: string, section: string, order: number, draft = false) => ({
  id,
  data: { title: `Guide ${id}`, section, order, draft },
});

beforeEach(() => {
  for (const key of Object.keys(store)) delete store[key];
});

describe('guides', () => {
  test('leaves drafts out and lists the rest in course order', async () => {
    store.guides = [
      guide('follow-up', 'how', 2),
      guide('draft', 'why', 1, true),
      guide('what-is', 'why', 1),
      guide('friends', 'who', 1),
      guide('reach-out', 'how', 1),
    ];
    expect((await read.guides()).map((g) => g.id)).toEqual([
      'what-is',
      'friends',
      'reach-out',
      'follow-up',
    ]);
  });

  test('guideTitles and checklistSteps never name a draft guide', async () => {
    store.guides = [guide('ready', 'how', 1), guide('draft', 'how', 2, true)];
    store.checklist = [
      {
        id: 'b',
        data: { id: 'b', stage: 'before', order: 2, text: 'Two', why: 'W', guide: 'draft' },
      },
      {
        id: 'a',
        data: { id: 'a', stage: 'before', order: 1, text: 'One', why: 'W', guide: 'ready' },
      },
    ];
    expect([...(await read.guideTitles()).keys()]).toEqual(['ready']);
    const steps = await read.checklistSteps();
    expect(steps.map((s) => [s.id, 'href' in s ? s.href : null])).toEqual([
      ['a', '/guides/ready/'],
      ['b', null],
    ]);
  });
});

describe('questionBank', () => {
  test('orders the groups and the questions by conversation category', async () => {
    const group = (category: string, id: string) => ({
      id: category,
      data: { category, title: category, summary: '', questions: [{ id, text: id }] },
    });
    store.questions = [group('closing', 'q3'), group('warm-up', 'q1'), group('advice', 'q2')];
    const { groups, questions } = await read.questionBank();
    expect(groups.map((g) => g.category)).toEqual(['warm-up', 'advice', 'closing']);
    expect(questions.map((q) => q.id)).toEqual(['q1', 'q2', 'q3']);
  });
});

describe('messageTemplates', () => {
  test('lists the channels in picker order, with their ids', async () => {
    store.templates = [
      { id: 'text', data: { label: 'Text', order: 3 } },
      { id: 'email', data: { label: 'Email', order: 1 } },
      { id: 'note', data: { label: 'Note', order: 2 } },
    ];
    expect((await read.messageTemplates()).map((t) => t.id)).toEqual(['email', 'note', 'text']);
  });
});

describe('sitePage', () => {
  test('fills {siteName} in the title, description and lead', async () => {
    store.pages = [
      {
        id: 'accessibility',
        data: {
          title: 'Accessibility',
          description: 'How {siteName} is tested.',
          lead: '{siteName} aims for AA.',
        },
      },
    ];
    const page = await read.sitePage('accessibility', 'Riverside Toolkit');
    expect([page.title, page.description, page.lead]).toEqual([
      'Accessibility',
      'How Riverside Toolkit is tested.',
      'Riverside Toolkit aims for AA.',
    ]);
  });

  test('fails the build when the page file is missing', async () => {
    await expect(read.sitePage('privacy', 'Toolkit')).rejects.toThrow(
      'src/content/pages/privacy.mdx is missing.',
    );
  });
});

describe('the content module', () => {
  test('is the only file under src/ that reads collections', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const { join, relative, resolve } = await import('node:path');
    const src = resolve(import.meta.dirname, '../../../src');
    const readers = readdirSync(src, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(astro|ts|tsx|mdx)$/.test(file))
      .filter((file) => /\b(getCollection|getEntry)\b/.test(readFileSync(join(src, file), 'utf8')))
      .map((file) => relative(src, join(src, file)));
    expect(readers).toEqual(['content/read.ts']);
  });
});
