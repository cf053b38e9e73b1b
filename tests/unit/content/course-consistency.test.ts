/**
 * The course says one thing once: the guides, the question bank and the tools agree on what each
 * TIARA category means and on how many names to start with, and every guide is reachable from
 * other guides, not only from the index.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { tiara, type BankGroup } from '../../../src/lib/questions/bank';
import { categoryNames } from '../../../src/lib/strings/question-builder';
import { mdxToPlainText } from '../../../src/lib/guides/course';

const content = resolve(import.meta.dirname, '../../../src/content');
const guides = readdirSync(join(content, 'guides'))
  .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
  .map((f) => ({
    slug: f.replace(/\.mdx$/, ''),
    source: readFileSync(join(content, 'guides', f), 'utf8'),
  }));
const guide = (slug: string) => guides.find((g) => g.slug === slug)!.source;
const groups = readdirSync(join(content, 'questions'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parse(readFileSync(join(content, 'questions', f), 'utf8')) as BankGroup);

/** Lower case, no full stop at the end: "What is changing in their field." → "what is changing in their field". */
const plain = (text: string) => text.trim().replace(/\.$/, '').toLowerCase();

describe('TIARA', () => {
  // The preparing guide defines each category in one bullet: "- **Trends**: what is changing…".
  const defined = new Map(
    [...guide('preparing').matchAll(/^- \*\*(\w+)\*\*: (.+)$/gm)].map((m) => [m[1], plain(m[2])]),
  );

  test.each(tiara)('%s means the same in the preparing guide and the question bank', (c) => {
    const group = groups.find((g) => g.category === c)!;
    const name = categoryNames[c];
    expect(group.title).toBe(name);
    const definition = defined.get(name);
    expect(definition, `the preparing guide defines ${name}`).toBeTruthy();
    // The bank's summary opens with the guide's definition, word for word, then says why it helps.
    expect(plain(group.summary)).toMatch(new RegExp(`^${definition}[,;:.]`));
  });
});

/** Number words the guides use, as digits. */
const numbers: Record<string, number> = Object.fromEntries(
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'
    .split(' ')
    .map((word, i) => [word, i + 1]),
);
const asNumber = (word: string) =>
  /^\d+$/.test(word) ? Number(word) : numbers[word.toLowerCase()];

/**
 * Every "how many names" the guides give: a range of names or people ("15 to 20 names", "ten to
 * fifteen people") or a count of names ("20 names"), as "15-20" or "20", by guide.
 */
function listSizes() {
  const found: { slug: string; size: string }[] = [];
  for (const { slug, source } of guides) {
    const text = mdxToPlainText(source);
    for (const m of text.matchAll(/\b(\w+) to (\w+) (?:names|people)\b/gi)) {
      const [from, to] = [asNumber(m[1]), asNumber(m[2])];
      if (from && to) found.push({ slug, size: `${from}-${to}` });
    }
    // A count of names on its own, not the end of a range already counted.
    for (const m of text.matchAll(/(?<!\bto )\b(\w+) names\b/gi))
      if (asNumber(m[1])) found.push({ slug, size: String(asNumber(m[1])) });
  }
  return found;
}

describe('how many names to start with', () => {
  test('the guides give one number, and both the list guide and the one-month plan give it', () => {
    const found = listSizes();
    expect(new Set(found.map((f) => f.size)), JSON.stringify(found)).toHaveProperty('size', 1);
    const where = new Set(found.map((f) => f.slug));
    expect(where).toContain('who-to-ask');
    expect(where).toContain('one-month-plan');
  });
});

describe('links between guides', () => {
  test.each(guides.map((g) => g.slug))('%s is linked from at least two other guides', (slug) => {
    const from = guides.filter((g) => g.slug !== slug && g.source.includes(`](/guides/${slug}/)`));
    expect(
      from.map((g) => g.slug).length,
      `linked from: ${from.map((g) => g.slug)}`,
    ).toBeGreaterThanOrEqual(2);
  });
});
