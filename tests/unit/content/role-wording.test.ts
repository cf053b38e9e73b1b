import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const content = resolve(import.meta.dirname, '../../../src/content');
/**
 * The English wording filled with a plan's person: questions, message templates and their
 * phrases (the Spanish files in es/ say "como {role}": Spanish has no article to fit there).
 */
const yaml = (folder: string) =>
  readdirSync(join(content, folder))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => join(folder, f));
const files = [...yaml('questions'), ...yaml('templates'), 'outreach-phrases.yaml'];

describe('wording that names the person’s role', () => {
  // A role reads as a noun after "a" ("as a {role}"), which becomes "an" where the role needs it
  // (src/lib/shared/articles.ts). Straight after a preposition it would read "as Epidemiologist".
  test.each(files)('%s puts an article before {role}', (file) => {
    const text = readFileSync(join(content, file), 'utf8');
    expect(text.match(/\b(?:as|to|of|for|like|becoming|being) \{role\}/g) ?? []).toEqual([]);
  });
});
