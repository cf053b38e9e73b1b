import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { ChannelTemplate, Phrases, Tone } from '../../src/lib/outreach/generate';
import { missing } from '../../src/lib/strings/outreach';

const content = resolve(import.meta.dirname, '../../src/content');

/** The channel templates as the site builds them (id from the file name), in picker order. */
export function loadTemplates(): ChannelTemplate[] {
  const dir = join(content, 'templates');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), ...parse(readFileSync(join(dir, f), 'utf8')) }))
    .sort((a, b) => a.order - b.order);
}

/** The phrases for each tone. */
export function loadPhrases(): Record<Tone, Phrases> {
  return parse(readFileSync(join(content, 'outreach-phrases.yaml'), 'utf8'));
}

/** Everything the outreach island receives as data. */
export function outreachData() {
  return { templates: loadTemplates(), phrases: loadPhrases(), missing: { ...missing } };
}
