import { describe, expect, test } from 'vitest';
import { syncWithFile } from '../../support/content-sync';

/** Syncs the project with one extra guide file with this frontmatter. */
const syncWithGuide = (file: string, frontmatter: string) =>
  syncWithFile(`src/content/guides/${file}`, `---\n${frontmatter}\n---\n\nBody text.\n`);

describe('guides collection schema', () => {
  test('a guide without a title fails the build, naming the file and the field', () => {
    const { status, output } = syncWithGuide(
      'no-title.mdx',
      'description: A guide that forgot its title but has a long enough description.\nsection: how\norder: 99\nupdated: 2026-11-25\ntools: [checklist]',
    );
    expect(status).not.toBe(0);
    expect(output).toContain('no-title.mdx');
    expect(output).toMatch(/title/);
  }, 120_000);

  test('a complete guide passes', () => {
    const { status, output } = syncWithGuide(
      'complete.mdx',
      'title: A complete guide\ndescription: A guide with every field the schema asks for, filled in.\nsection: how\norder: 99\nupdated: 2026-11-25\ntools: [checklist]',
    );
    expect(status, output).toBe(0);
  }, 120_000);
});
