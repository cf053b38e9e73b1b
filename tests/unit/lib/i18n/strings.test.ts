import { describe, expect, test } from 'vitest';
import { allStrings, strings } from '../../../../src/lib/i18n/strings';

/**
 * Every path to a piece of wording in a module (`nav.0.label`), with what is there: the text, or
 * the text a function gives for sample arguments, so a function's shape is compared by its result.
 */
function leaves(value: unknown, at = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(at, value);
  else if (typeof value === 'function') {
    const args = Array.from({ length: value.length }, (_, i) => `«${i}»`);
    let result: unknown;
    try {
      result = (value as (...a: unknown[]) => unknown)(...args);
    } catch {
      // A function of lists or records (the hand-off's plan contents) cannot take sample text:
      // it is compared by its presence only.
      result = 'a function';
    }
    for (const [k, v] of leaves(result, `${at}()`)) out.set(k, v);
  } else if (value && typeof value === 'object')
    for (const [key, v] of Object.entries(value))
      for (const [k, text] of leaves(v, at ? `${at}.${key}` : key)) out.set(k, text);
  else out.set(at, String(value));
  return out;
}

describe('strings', () => {
  test('gives the English module on an English page and the Spanish one on a Spanish page', () => {
    expect(strings('site', 'en').skipLink).toBe('Skip to content');
    expect(strings('site', 'es').skipLink).toBe('Ir al contenido');
  });

  for (const [module, { en, es }] of Object.entries(allStrings)) {
    test(`${module}: every English string has a Spanish one at the same place`, () => {
      const english = leaves(en);
      const spanish = leaves(es);
      expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [key, text] of spanish) expect(text.trim(), `${module}.${key}`).not.toBe('');
    });

    test(`${module}: the Spanish keeps the English placeholders and addresses`, () => {
      const english = leaves(en);
      for (const [key, text] of leaves(es)) {
        const source = english.get(key)!;
        const marks = (s: string) => (s.match(/\{\w+\}|\[[A-Z_]+\]|«\d»/g) ?? []).sort();
        expect(marks(text), `${module}.${key}`).toEqual(marks(source));
        // Addresses stay the English paths: components put them in the page's language.
        if (/^\/[\w/-]*$/.test(source)) expect(text, `${module}.${key}`).toBe(source);
      }
    });
  }

  test('the Spanish wording is Spanish: most strings differ from the English', () => {
    let same = 0;
    let total = 0;
    for (const { en, es } of Object.values(allStrings)) {
      const english = leaves(en);
      for (const [key, text] of leaves(es)) {
        if (/^[/#]|^\W*$/.test(text)) continue;
        total++;
        if (text === english.get(key)) same++;
      }
    }
    expect(total).toBeGreaterThan(100);
    // Names such as "LinkedIn", "npm start" and the arrow stay as they are.
    expect(same / total).toBeLessThan(0.05);
  });
});
