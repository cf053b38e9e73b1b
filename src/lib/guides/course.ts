/**
 * Rules for the order of the guide course. Pure functions over a minimal guide shape, so the
 * same ordering is used by the index, the section pages and the previous/next links.
 */

/** The three parts of the course, in reading order. */
export const sections = ['why', 'who', 'how'] as const;
/** A part of the course. */
export type Section = (typeof sections)[number];

/** The fields ordering needs. */
export interface GuideLike {
  id: string;
  data: { section: Section; order: number; title: string; draft?: boolean };
}

/** Published guides in course order: by section, then by `order`, then by title. */
export function courseOrder<T extends GuideLike>(guides: readonly T[]): T[] {
  return guides
    .filter((g) => !g.data.draft)
    .toSorted(
      (a, b) =>
        sections.indexOf(a.data.section) - sections.indexOf(b.data.section) ||
        a.data.order - b.data.order ||
        a.data.title.localeCompare(b.data.title),
    );
}

/** Guides grouped by section, each group in course order; empty sections are left out. */
export function groupBySection<T extends GuideLike>(guides: readonly T[]) {
  const ordered = courseOrder(guides);
  return sections
    .map((section) => ({ section, guides: ordered.filter((g) => g.data.section === section) }))
    .filter((group) => group.guides.length > 0);
}

/** The guides before and after `id` in the course, or null at either end. */
export function neighbours<T extends GuideLike>(guides: readonly T[], id: string) {
  const ordered = courseOrder(guides);
  const i = ordered.findIndex((g) => g.id === id);
  if (i === -1) return { prev: null, next: null };
  return { prev: ordered[i - 1] ?? null, next: ordered[i + 1] ?? null };
}

/** Minutes to read `words` words at an unhurried 200 words a minute, at least one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 200));
}

/** Counts words in plain text or Markdown source (markup characters are not words). */
export function countWords(text: string): number {
  return text
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#*_>`[\]()|-]/g, ' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * The readable text of an MDX guide: frontmatter, imports, tags and Markdown markup removed.
 * Every heading, list item, table row and paragraph ends as a sentence of its own, so a
 * readability score sees the units a reader sees rather than one run-on line.
 */
export function mdxToPlainText(source: string): string {
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  const blocks: string[] = [];
  for (const raw of body.split('\n')) {
    const line = raw
      .replace(/^\s*(import|export)\s.*$/, '')
      .replace(/<[^>]*>/g, ' ')
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/^\s*(#{1,6}|[-*+]|\d+\.|>)\s+/, '')
      .replace(/[*_`|]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (!line || /^[-:\s]+$/.test(line)) continue;
    blocks.push(/[.!?:;)"”’]$/.test(line) ? line : `${line}.`);
  }
  return blocks.join('\n');
}
