import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  AA_TEXT,
  accentContrast,
  accentPasses,
  contrastRatio,
  darkShadeOf,
  darkSurfaces,
  lightSurfaces,
  mix,
} from '../../../../src/lib/brand/contrast';

const hex = fc
  .tuple(fc.nat(255), fc.nat(255), fc.nat(255))
  .map((c) => `#${c.map((x) => x.toString(16).padStart(2, '0')).join('')}`);

describe('contrastRatio', () => {
  test('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
  test('is symmetric', () => {
    fc.assert(fc.property(hex, hex, (a, b) => contrastRatio(a, b) === contrastRatio(b, a)));
  });
});

describe('mix', () => {
  test('blends per channel like color-mix in srgb', () => {
    expect(mix('#000000', '#ffffff', 0.1)).toBe('#e6e6e6');
    expect(mix('#ff0000', '#0000ff', 1)).toBe('#ff0000');
  });
});

describe('accentPasses', () => {
  test('passes the default accents in their themes', () => {
    expect(accentPasses('#1d5fa8', lightSurfaces)).toBe(true);
    expect(accentPasses('#8cc4ff', darkSurfaces)).toBe(true);
  });
  test('fails a pale yellow on light surfaces and a dark red on dark ones', () => {
    expect(accentPasses('#ffeb3b', lightSurfaces)).toBe(false);
    expect(accentPasses('#8c1515', darkSurfaces)).toBe(false);
    expect(accentPasses('#8c1515', lightSurfaces)).toBe(true);
  });
  test('checks the soft background too, not only white', () => {
    // #767676 is 4.54:1 on white but under 4.5:1 on the soft grey background.
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThan(AA_TEXT);
    expect(accentPasses('#767676', lightSurfaces)).toBe(false);
  });
});

describe('darkShadeOf', () => {
  test('always returns a colour that passes on dark surfaces', () => {
    fc.assert(fc.property(hex, (c) => accentContrast(darkShadeOf(c), darkSurfaces) >= AA_TEXT));
  });
  test('keeps an accent that already passes', () => {
    expect(darkShadeOf('#8cc4ff')).toBe('#8cc4ff');
  });
});

describe('theme surfaces', () => {
  test('mirror the colour tokens in tokens.css', () => {
    const css = readFileSync('src/styles/tokens.css', 'utf8');
    const block = (selector: string) => css.slice(css.indexOf(selector)).split('}')[0];
    const token = (text: string, name: string) =>
      new RegExp(`${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(text)?.[1];
    for (const [selector, surfaces] of [
      [":root[data-theme='light']", lightSurfaces],
      [":root[data-theme='dark']", darkSurfaces],
    ] as const) {
      const text = block(selector);
      expect(token(text, '--bg'), selector).toBe(surfaces.bg);
      expect(token(text, '--bg-soft'), selector).toBe(surfaces.bgSoft);
      expect(token(text, '--on-accent'), selector).toBe(surfaces.onAccent);
    }
  });
});
