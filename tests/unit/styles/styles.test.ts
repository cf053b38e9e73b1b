import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contrastRatio } from '../../../src/lib/brand/contrast';

/** Every stylesheet and every component's <style> block under src/. */
function styleSources(dir = 'src'): { file: string; css: string }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(css|astro)$/.test(f))
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const css = f.endsWith('.css')
        ? text
        : [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
      return { file: join(dir, f), css };
    });
}

describe('stylesheets (WCAG 1.3.2 Meaningful Sequence)', () => {
  test('never show content in another order than the source', () => {
    const reordering = /(^|[;{\s])order\s*:|(row|column)-reverse|flex-flow\s*:[^;]*reverse/;
    const found = styleSources()
      .filter(({ css }) => reordering.test(css))
      .map(({ file }) => file);
    expect(found, 'stylesheets that reorder content').toEqual([]);
  });
});

describe('form controls (WCAG 1.4.11 Non-text Contrast)', () => {
  const tokens = readFileSync('src/styles/tokens.css', 'utf8');
  const global = readFileSync('src/styles/global.css', 'utf8');
  const block = (selector: string) => tokens.slice(tokens.indexOf(selector)).split('}')[0];
  const token = (text: string, name: string) =>
    new RegExp(`${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(text)?.[1] ?? '';

  test('draw their borders in the muted text colour', () => {
    const fields = /:where\(input[^{]*\{([^}]*)\}/.exec(global)?.[1] ?? '';
    expect(fields).toMatch(/border:\s*1px solid var\(--text-muted\)/);
  });

  test('the muted text colour has at least 3:1 against both backgrounds in both themes', () => {
    for (const selector of [":root[data-theme='light']", ":root[data-theme='dark']"]) {
      const text = block(selector);
      for (const bg of ['--bg', '--bg-soft']) {
        const ratio = contrastRatio(token(text, '--text-muted'), token(text, bg));
        expect(ratio, `${selector} --text-muted on ${bg}`).toBeGreaterThanOrEqual(3);
      }
    }
  });
});
