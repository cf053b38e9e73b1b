import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { builtRules, resolveHeaders } from './headers';

/** Every HTML page of the built site as a URL path (`/guides/x/`), from dist/. */
export function builtPages(dir = 'dist'): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.html')) {
        const rel = '/' + relative(dir, p).replaceAll('\\', '/');
        out.push(rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(dir);
  return out.sort();
}

/** Pages listed in the built sitemap, as paths. */
export function sitemapPages(): string[] {
  const xml = readFileSync('dist/sitemap-0.xml', 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
}

/** Pages that ship no JavaScript on load: everything except tools, embeds and search. */
export function isScriptFree(path: string): boolean {
  return !/^\/(tools|embed|search|print)\//.test(path);
}

/**
 * A test fixture that serves every response with the headers the built `_headers` file gives
 * its path (astro preview ignores that file), and records what the page did: requests to other
 * hosts, Content-Security-Policy violations and console errors.
 */
export const test = base.extend<{
  report: { external: string[]; cspViolations: string[]; errors: string[] };
}>({
  report: async ({ page, baseURL }, use) => {
    const rules = builtRules();
    const origin = new URL(baseURL!).origin;
    const report = {
      external: [] as string[],
      cspViolations: [] as string[],
      errors: [] as string[],
    };
    page.on('request', (req) => {
      const url = req.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
        report.external.push(url);
    });
    page.on('console', (msg) => {
      const text = msg.text();
      if (/Content Security Policy|Refused to/i.test(text)) report.cspViolations.push(text);
      else if (msg.type() === 'error') report.errors.push(text);
    });
    await page.route(`${origin}/**`, async (route) => {
      const response = await route.fetch();
      const path = new URL(route.request().url()).pathname;
      const { headers } = resolveHeaders(rules, path);
      await route.fulfill({
        response,
        headers: { ...response.headers(), ...Object.fromEntries(headers) },
      });
    });
    await use(report);
  },
});

export { expect };
