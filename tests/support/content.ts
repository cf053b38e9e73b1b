/**
 * Counts and entries read from the content itself, so tests that show a total ("2 of 25 steps
 * done") follow the content when a step or a question is added. Plain Node: both runners use it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

const content = resolve(import.meta.dirname, '../../src/content');

/** The checklist steps as src/content/checklist/steps.yaml lists them. */
export function checklistSteps(): { id: string; stage: string; text: string }[] {
  return parse(readFileSync(join(content, 'checklist/steps.yaml'), 'utf8'));
}

/** Every question of the bank (src/content/questions/*.yaml). */
export function bankQuestions(): { id: string; text: string }[] {
  const dir = join(content, 'questions');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => parse(readFileSync(join(dir, f), 'utf8')).questions);
}

/**
 * The published guides, by file name: MDX files not starting with `_`, without `draft: true` in
 * their frontmatter (the two ways src/content.config.ts keeps a guide out of the build).
 */
export function publishedGuides(): { slug: string; title: string }[] {
  const dir = join(content, 'guides');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
    .map((f) => ({
      slug: f.replace(/\.mdx$/, ''),
      data: parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, f), 'utf8'))?.[1] ?? ''),
    }))
    .filter(({ data }) => data?.draft !== true)
    .map(({ slug, data }) => ({ slug, title: String(data.title) }))
    .sort((a, b) => a.slug.localeCompare(b.slug));
}
