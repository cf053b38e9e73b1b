/**
 * Every piece of tool content has its Spanish counterpart (issue #25): each question, template,
 * outreach phrase and checklist step in src/content/…/es/ has the same id, the same tags, stage
 * and `logged` kind, and the same {placeholders} as its English original, with nothing extra.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { placeholderPattern } from '../../../src/lib/outreach/generate';

const root = resolve(import.meta.dirname, '../../..');
const read = (path: string): unknown => parse(readFileSync(join(root, path), 'utf8'));
const yamlFiles = (folder: string) =>
  readdirSync(join(root, folder))
    .filter((f) => f.endsWith('.yaml'))
    .sort();

/** The placeholder names a text uses, sorted, each once. */
const slots = (text: unknown) =>
  typeof text === 'string'
    ? [...new Set([...text.matchAll(placeholderPattern)].map((m) => m[1]))].sort()
    : [];

/** Every string in a value, by its path ("warm.body", "questions.3.text"). */
function texts(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(path, value);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value))
      for (const [p, t] of texts(v, path ? `${path}.${k}` : k)) out.set(p, t);
  return out;
}

/** Same keys and the same placeholders in every string; numbers and tags (not prose) identical. */
function sameShape(en: unknown, es: unknown, prose: RegExp) {
  const a = texts(en);
  const b = texts(es);
  expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
  for (const [path, text] of a) {
    expect(slots(b.get(path)), path).toEqual(slots(text));
    if (!prose.test(path)) expect(b.get(path), path).toBe(text);
  }
}

/** Strings that are wording, which the Spanish rewrites; every other value must stay the same. */
const wording = /(?:^|\.)(?:title|summary|text|probe|label|when|subject|body|why|timing)$/;

describe('question bank in Spanish', () => {
  const files = yamlFiles('src/content/questions');
  test('one Spanish file per English file, by the same name', () => {
    expect(yamlFiles('src/content/questions/es')).toEqual(files);
  });
  for (const file of files) {
    test(`${file}: same category, same questions (ids, order, tags, probes, placeholders)`, () => {
      const en = read(`src/content/questions/${file}`) as { questions: { id: string }[] };
      const es = read(`src/content/questions/es/${file}`) as { questions: { id: string }[] };
      expect(es.questions.map((q) => q.id)).toEqual(en.questions.map((q) => q.id));
      sameShape(en, es, wording);
    });
  }
});

describe('message templates in Spanish', () => {
  const files = yamlFiles('src/content/templates');
  test('one Spanish file per English file, by the same name', () => {
    expect(yamlFiles('src/content/templates/es')).toEqual(files);
  });
  for (const file of files) {
    test(`${file}: same channel, limits and placeholders`, () => {
      sameShape(
        read(`src/content/templates/${file}`),
        read(`src/content/templates/es/${file}`),
        wording,
      );
    });
  }
});

describe('outreach phrases in Spanish', () => {
  test('every phrase of every tone, with the same placeholders', () => {
    sameShape(
      read('src/content/outreach-phrases.yaml'),
      read('src/content/es/outreach-phrases.yaml'),
      /./,
    );
  });
});

describe('checklist steps in Spanish', () => {
  test('every step with the same id, stage, order, guide, tool and logged kind', () => {
    const en = read('src/content/checklist/steps.yaml') as { id: string }[];
    const es = read('src/content/checklist/es/steps.yaml') as { id: string }[];
    expect(es.map((s) => s.id)).toEqual(en.map((s) => s.id));
    sameShape(en, es, wording);
  });
});

describe('Spanish wording and the English article rule', () => {
  // The question builder fits English articles before a slot ("a {role}" → "an Epidemiologist")
  // whatever the language (message generation does so only in English): Spanish questions must
  // never put the word "a" or "an" right before a slot ("llegó a {field}" would read "an …").
  test('no Spanish question has "a {slot}" or "an {slot}"', () => {
    const files = yamlFiles('src/content/questions/es').map((f) => `src/content/questions/es/${f}`);
    const found = files.flatMap((file) =>
      [...texts(read(file)).values()].filter((t) => /(?<![\p{L}\p{N}])an? \{/iu.test(t)),
    );
    expect(found).toEqual([]);
  });
});
