/**
 * The guides as files, English and Spanish side by side, for the tests that hold the Spanish
 * edition to its English original. English guides are src/content/guides/<slug>.mdx, their
 * Spanish twins src/content/guides/es/<slug>.mdx; files starting with `_` are drafts.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

/** Where the English guides live; the Spanish ones are in its `es/` folder. */
export const guidesDir = resolve(import.meta.dirname, '../../src/content/guides');
export const spanishGuidesDir = join(guidesDir, 'es');

/** One guide file: its frontmatter (parsed) and its body. */
export interface GuideFile {
  slug: string;
  source: string;
  data: Record<string, unknown>;
  body: string;
}

function readGuide(dir: string, file: string): GuideFile {
  const source = readFileSync(join(dir, file), 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  return {
    slug: file.replace(/\.mdx$/, ''),
    source,
    data: parse(match?.[1] ?? '') ?? {},
    body: source.slice(match?.[0].length ?? 0),
  };
}

const mdxFiles = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((f) => f.isFile() && f.name.endsWith('.mdx') && !f.name.startsWith('_'))
        .map((f) => f.name)
        .sort()
    : [];

/** The English guides, by slug. */
export function englishGuides(): GuideFile[] {
  return mdxFiles(guidesDir).map((f) => readGuide(guidesDir, f));
}

/** The Spanish guides, by slug. */
export function spanishGuides(): GuideFile[] {
  return mdxFiles(spanishGuidesDir).map((f) => readGuide(spanishGuidesDir, f));
}
