import { readFileSync } from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';

export { builtHtml, builtPages } from './pages';

/** Pages listed in the built sitemap, as paths. */
export function sitemapPages(): string[] {
  const xml = readFileSync('dist/sitemap-0.xml', 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
}

/**
 * Pages that ship no JavaScript on load: everything except the tools, the embeds (and the embed
 * configurator), search and the printable sheets, in every language. The lists of tools
 * (/tools/) and of sheets (/print/) are plain pages like the guides.
 */
export function isScriptFree(path: string): boolean {
  return !/^\/(es\/)?((tools|print)\/[^/]+\/|embed\/|search\/)/.test(path);
}

/** The number of pages in a PDF that Chromium wrote (`page.pdf()`). */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

/**
 * Puts `plans` in the browser's storage before every page load, as a student's earlier visits
 * would have left them, with `currentId` the plan in use (the first unless given).
 */
export function savePlans(page: Page, plans: readonly { id: string }[], currentId = plans[0].id) {
  return page.addInitScript(
    (stored) => localStorage.setItem('iik:plans:v3', stored),
    JSON.stringify({ plans, currentId }),
  );
}

/** What a page did during a test, recorded by the automatic `report` fixture. */
export interface PageReport {
  /** Requests to any origin other than the toolkit's (data: and blob: URLs aside). */
  external: string[];
  /** Content-Security-Policy violations the browser logged. */
  cspViolations: string[];
  /** Other console errors. */
  errors: string[];
  /** For a test that provokes a violation on purpose: those matching `pattern` do not fail it. */
  expectCspViolation(pattern: RegExp): void;
}

/**
 * Every end-to-end test gets this fixture, whether or not it names it: it records requests to
 * other hosts, Content-Security-Policy violations and console errors, and fails the test on any
 * CSP violation it did not expect. The headers themselves are the real ones: the web server
 * (scripts/serve.mjs) sends every response with the headers dist/_headers gives its path.
 */
export const test = base.extend<{ report: PageReport }>({
  report: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const expected: RegExp[] = [];
      const report: PageReport = {
        external: [],
        cspViolations: [],
        errors: [],
        expectCspViolation: (pattern) => void expected.push(pattern),
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
      await use(report);
      const unexpected = report.cspViolations.filter((v) => !expected.some((re) => re.test(v)));
      expect(unexpected, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

/**
 * For tests that only read the built files (dist/) or run a checker over them: no browser page,
 * so the automatic page report above is not set up for each of them.
 */
export const fileTest = base;

export { expect };
