import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { toolIds } from '../../../src/content.config';
import {
  countWords,
  courseOrder,
  mdxToPlainText,
  neighbours,
  sections,
  type Section,
} from '../../../src/lib/guides/course';

const dir = resolve(import.meta.dirname, '../../../src/content/guides');

/** The frontmatter fields these checks need, read from the simple YAML the guides use. */
function frontmatter(source: string) {
  const block = /^---\n([\s\S]*?)\n---\n/.exec(source)?.[1] ?? '';
  const value = (key: string) => {
    const raw = new RegExp(`^${key}:[ \\t]*(.*)$`, 'm').exec(block)?.[1]?.trim() ?? '';
    return raw.replace(/^"(.*)"$/, '$1');
  };
  const tools = /^tools:\n((?:\s+- .+\n?)+)/m.exec(block)?.[1] ?? '';
  return {
    title: value('title'),
    description: value('description'),
    section: value('section') as Section,
    order: Number(value('order')),
    draft: value('draft') === 'true',
    tools: [...tools.matchAll(/- (.+)/g)].map((m) => m[1].trim()),
  };
}

const guides = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
  .map((file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    return { id: file.replace(/\.mdx$/, ''), source, data: frontmatter(source) };
  });
const published = courseOrder(guides);

describe('the guide course', () => {
  test('has the 19 published guides of the course, covering why, who and how', () => {
    expect(published.length).toBeGreaterThanOrEqual(19);
    expect(new Set(published.map((g) => g.data.section))).toEqual(new Set(sections));
  });

  test('previous/next links chain through every guide exactly once', () => {
    const first = published.filter((g) => neighbours(guides, g.id).prev === null);
    expect(first).toHaveLength(1);
    const visited: string[] = [];
    for (let at: (typeof guides)[number] | null = first[0]; at;) {
      expect(visited, `loop at ${at.id}`).not.toContain(at.id);
      visited.push(at.id);
      const next: (typeof guides)[number] | null = neighbours(guides, at.id).next;
      if (next) expect(neighbours(guides, next.id).prev?.id).toBe(at.id);
      at = next;
    }
    expect(visited.toSorted()).toEqual(published.map((g) => g.id).toSorted());
  });

  test('no two guides in a section share an order number', () => {
    const keys = published.map((g) => `${g.data.section}:${g.data.order}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  for (const guide of guides) {
    describe(guide.id, () => {
      test('has a title, a description and a related tool', () => {
        expect(guide.data.title.length).toBeGreaterThan(3);
        expect(guide.data.description.length).toBeGreaterThanOrEqual(20);
        expect(guide.data.tools.length).toBeGreaterThan(0);
        for (const tool of guide.data.tools) expect(toolIds).toContain(tool);
      });

      test('has at least two H2 sections', () => {
        expect(guide.source.match(/^## \S/gm)?.length ?? 0).toBeGreaterThanOrEqual(2);
      });

      test('is 500 to 1,500 words long', () => {
        const words = countWords(mdxToPlainText(guide.source));
        expect(words).toBeGreaterThanOrEqual(500);
        expect(words).toBeLessThanOrEqual(1500);
      });

      test('links only to guides that exist, to the tools and to the families page', () => {
        const links = [...guide.source.matchAll(/\]\((\/[^)]*)\)/g)].map((m) => m[1]);
        for (const href of links) {
          const target = /^\/guides\/([^/]+)\/$/.exec(href)?.[1];
          if (target)
            expect(
              published.map((g) => g.id),
              href,
            ).toContain(target);
          else expect([...toolIds.map((t) => `/tools/${t}/`), '/families/'], href).toContain(href);
        }
      });
    });
  }
});
