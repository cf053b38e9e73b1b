import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { ChannelTemplate, Phrases, Tone } from '../../src/lib/outreach/generate';
import { missing } from '../../src/lib/strings/outreach';
import { messageRules } from '../../src/lib/strings/check-rules';
import { messageRules as messageRulesEs } from '../../src/lib/strings/es/check-rules';

/** The checks' word lists in each language, as the pages pass them. */
export const rulesIn = { en: messageRules, es: messageRulesEs };

const content = resolve(import.meta.dirname, '../../src/content');

/** The channel templates as the site builds them (id from the file name), in picker order. */
export function loadTemplates(lang: 'en' | 'es' = 'en'): ChannelTemplate[] {
  const dir = join(content, lang === 'es' ? 'templates/es' : 'templates');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), ...parse(readFileSync(join(dir, f), 'utf8')) }))
    .sort((a, b) => a.order - b.order);
}

/** The phrases for each tone. */
export function loadPhrases(lang: 'en' | 'es' = 'en'): Record<Tone, Phrases> {
  const file = lang === 'es' ? 'es/outreach-phrases.yaml' : 'outreach-phrases.yaml';
  return parse(readFileSync(join(content, file), 'utf8'));
}

/** Everything the outreach island receives as data. */
export function outreachData(lang: 'en' | 'es' = 'en') {
  return {
    templates: loadTemplates(lang),
    phrases: loadPhrases(lang),
    missing: { ...missing },
    rules: rulesIn[lang],
  };
}

/**
 * The checks a template filled with ordinary details fails by design: connection-first when the
 * plan gives no connection (except after an event, which is the connection), and placeholders in
 * the thank-you and update templates, which keep one bracketed line for the student to write.
 */
export function failsByDesign(t: ChannelTemplate, connection: string): string[] {
  return [
    ...(['thanks', 'update'].includes(t.stage) ? ['placeholders'] : []),
    ...(connection === '' && t.stage === 'first' && t.id !== 'after-event'
      ? ['connectionFirst']
      : []),
  ];
}
