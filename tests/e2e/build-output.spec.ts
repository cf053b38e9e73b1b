import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { builtHtml, builtPages, expect, fileTest as test } from '../support/site';
import { allStrings, type StringModule } from '../../src/lib/i18n/strings';

/** Every built JavaScript file under dist/_astro, by file name. */
const scripts = readdirSync('dist/_astro').filter((f) => f.endsWith('.js'));

test('every script the build emits is loaded by a page or by another script', () => {
  expect(scripts.length).toBeGreaterThan(3);
  const html = builtPages().map((p) => builtHtml(p));
  const code = scripts.map((f) => readFileSync(join('dist/_astro', f), 'utf8'));
  const orphans = scripts.filter(
    (name) =>
      !html.some((page) => page.includes(`/_astro/${name}`)) &&
      !code.some((other, i) => scripts[i] !== name && other.includes(`./${name}`)),
  );
  // An orphan is dead weight that the service worker still precaches on every visit.
  expect(orphans, 'scripts nothing loads').toEqual([]);
});

/**
 * Words the CSV import reads in every language, whichever page it runs on (a file exported from
 * an English page imports on a Spanish one): its own vocabulary, not interface wording.
 */
const importVocabulary: Partial<Record<StringModule, string[]>> = {
  conversations: ['csvColumns', 'otherHeadings', 'csvLogText', 'closeReasonText'],
  outreach: ['connectionLabels', 'ui.connections'],
};
/** Names, not wording: a calendar file's product id names the toolkit in every language. */
const identifiers = new Set(['calendarText.prodId']);

/** Every piece of text in a module's value, by its path (`ui.connections.friend`). */
function texts(value: unknown, at = ''): [string, string][] {
  if (typeof value === 'string') return [[at, value]];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => texts(v, at ? `${at}.${k}` : k));
  return [];
}

/**
 * A stretch of a string as any minifier writes it (ASCII letters, digits, spaces and plain
 * punctuation, no quote or backslash it might escape), long enough to be the string's own.
 */
function probe(text: string): string | null {
  const runs = text.match(/[A-Za-z0-9 ,.:;()!?-]{16,}/g) ?? [];
  const best = runs.sort((a, b) => b.length - a.length)[0]?.trim();
  return best && best.split(' ').length >= 3 ? best : null;
}

/** The scripts a built page loads, at once or on demand (static and dynamic imports), by file name. */
function scriptsOf(page: string): Set<string> {
  const html = readFileSync(join('dist', page, 'index.html'), 'utf8');
  const found = new Set<string>();
  const queue = [...html.matchAll(/\/_astro\/([\w.-]+\.js)/g)].map((m) => m[1]);
  for (const name of queue) {
    if (found.has(name)) continue;
    found.add(name);
    const code = readFileSync(join('dist/_astro', name), 'utf8');
    for (const m of code.matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/g)) queue.push(m[1]);
  }
  return found;
}

test('no script a Spanish page loads carries interface wording: it comes from the page', () => {
  // Each string of every wording module, in either language, but the import's vocabulary (and
  // wording that reads the same as a word of it: the tracker sheet's columns are CSV headings).
  const wording = new Map<string, string>();
  const vocabulary: string[] = [];
  for (const [module, byLang] of Object.entries(allStrings) as [StringModule, object][])
    for (const [lang, value] of Object.entries(byLang))
      for (const [name, exported] of Object.entries(value as object))
        for (const [at, text] of texts(exported, name)) {
          if (importVocabulary[module]?.some((v) => at === v || at.startsWith(`${v}.`)))
            vocabulary.push(text);
          else if (!identifiers.has(at)) {
            const p = probe(text);
            if (p) wording.set(p, `${lang}/${module}: ${at}`);
          }
        }
  for (const p of wording.keys())
    if (vocabulary.some((word) => word.includes(p))) wording.delete(p);
  expect(wording.size).toBeGreaterThan(500);

  const spanishTools = builtPages().filter((p) => /^\/es\/(tools|embed)\/[\w-]+\/$/.test(p));
  expect(spanishTools.length).toBeGreaterThanOrEqual(10);
  const found = new Set<string>();
  for (const page of spanishTools)
    for (const name of scriptsOf(page)) {
      const code = readFileSync(join('dist/_astro', name), 'utf8');
      for (const [p, where] of wording) if (code.includes(p)) found.add(`${name}: ${where}`);
    }
  expect([...found].sort(), 'wording built into scripts').toEqual([]);
});

test('no sentence after a link starts glued to its full stop', () => {
  // Astro drops the line break after `</a>.` when the next line starts with an expression, so
  // "the guide.Prefer paper?" reads as one word to a screen reader and looks like a typo.
  const glued = builtPages().flatMap((p) => {
    return [...builtHtml(p).matchAll(/<\/a>[.!?;:](?:<\/\w+>)?[¿¡]?\p{Lu}\p{Ll}*/gu)].map(
      (m) => `${p}: ${m[0]}`,
    );
  });
  expect(glued).toEqual([]);
});
