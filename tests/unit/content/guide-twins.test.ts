import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

/**
 * A Spanish guide (src/content/guides/es/<file>.mdx) is the twin of the English guide with the
 * same file name: same place in the course, same tools, and links that stay in Spanish. Which
 * English guides still lack a Spanish twin is checked on the built site
 * (tests/e2e/languages.spec.ts, with its list of pages in progress); the build itself stops on a
 * Spanish guide without an English original (src/content/read.ts).
 */
const dir = resolve(import.meta.dirname, '../../../src/content/guides');
const frontmatter = (file: string) =>
  parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '') as Record<
    string,
    unknown
  >;
const spanish = readdirSync(join(dir, 'es')).filter(
  (f) => f.endsWith('.mdx') && !f.startsWith('_'),
);

describe('Spanish guides', () => {
  test('there are some', () => {
    expect(spanish.length).toBeGreaterThanOrEqual(2);
  });

  for (const file of spanish) {
    test(`es/${file} has an English twin in the same place of the course, with the same tools`, () => {
      const english = join(dir, file);
      expect(existsSync(english), `src/content/guides/${file}`).toBe(true);
      const en = frontmatter(english);
      const es = frontmatter(join(dir, 'es', file));
      for (const field of ['section', 'order', 'tools', 'draft'])
        expect(es[field], `${field} of es/${file}`).toEqual(en[field]);
      expect(es.title).not.toEqual(en.title);
    });

    test(`es/${file} links to the Spanish pages, not the English ones`, () => {
      const source = readFileSync(join(dir, 'es', file), 'utf8');
      const english = [...source.matchAll(/\]\((\/[^)]*)\)/g)]
        .map((m) => m[1])
        .filter((href) => !href.startsWith('/es/'));
      expect(english).toEqual([]);
    });
  }
});
