import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseHeaders, resolveHeaders } from '../../../scripts/headers.mjs';

/**
 * The rules of public/_headers, which the build copies to dist/_headers with only its two hash
 * markers filled in (the served site is checked in tests/e2e/headers.spec.ts).
 */
const rules = parseHeaders(readFileSync('public/_headers', 'utf8'));

/**
 * The address of every HTML page src/pages routes, with each [param] or [...rest] given a sample
 * value: a page in a new top-level folder shows up here before anyone builds the site.
 */
function routedPages(dir = 'src/pages'): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!entry.endsWith('.astro')) continue;
    const route = relative('src/pages', join(dir, entry))
      .replaceAll('\\', '/')
      .replace(/\.astro$/, '')
      .replace(/\[(\.\.\.)?\w+\]/g, 'sample');
    // A 404 page is served as 404.html in its folder (integrations/localized-404.mjs).
    if (route === '404' || route.endsWith('/404')) out.push(`/${route}.html`);
    else if (route === 'index') out.push('/');
    else out.push(`/${route.replace(/\/index$/, '')}/`);
  }
  return out.sort();
}

describe('public/_headers', () => {
  test('a guide gets a strict CSP and may not be framed', () => {
    const { headers, repeated } = resolveHeaders(
      rules,
      '/guides/what-is-an-informational-interview/',
    );
    expect(repeated).toEqual([]);
    const csp = headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("'unsafe-eval'");
    expect(csp).not.toContain("'unsafe-inline'");
    expect(headers.get('x-frame-options')).toBe('DENY');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBeTruthy();
    expect(headers.get('permissions-policy')).toContain('camera=()');
  });

  test('a tool page may not be framed', () => {
    const { headers, repeated } = resolveHeaders(rules, '/tools/checklist/');
    expect(repeated).toEqual([]);
    expect(headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(headers.get('x-frame-options')).toBe('DENY');
  });

  test('an embed page may be framed by any site, the configurator may not', () => {
    const { headers, repeated } = resolveHeaders(rules, '/embed/checklist/');
    expect(repeated).toEqual([]);
    expect(headers.get('content-security-policy')).toContain('frame-ancestors *');
    expect(headers.has('x-frame-options')).toBe(false);
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    const configurator = resolveHeaders(rules, '/embed/').headers;
    expect(configurator.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  test('every page src/pages routes gets exactly one CSP, and framing is denied outside the embeds (/embed/, /es/embed/)', () => {
    const pages = routedPages();
    expect(pages).toContain('/guides/sample/');
    expect(pages).toContain('/404.html');
    expect(pages).toContain('/es/404.html');
    expect(pages).toContain('/es/guides/sample/');
    expect(pages).toContain('/es/embed/checklist/');
    expect(pages.length).toBeGreaterThan(10);
    for (const path of pages) {
      const { headers, repeated } = resolveHeaders(rules, path);
      expect(repeated, path).toEqual([]);
      expect(headers.get('content-security-policy'), path).toBeTruthy();
      if (/^(\/es)?\/embed\//.test(path)) expect(headers.has('x-frame-options'), path).toBe(false);
      else expect(headers.get('x-frame-options'), path).toBe('DENY');
    }
  });
});
