import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from '@playwright/test';
import { builtPages, expect, isScriptFree, test as base } from '../support/site';
import {
  gluedLinks,
  indexedPages,
  sidewaysOverflow,
  textSpacingProblems,
  wordsNotOnPage,
} from '../support/page-checks';
import { aceViolations } from '../support/ace';
import { axeViolations } from '../support/axe';
import { basePath } from '../../src/lib/i18n/lang';

const pages = builtPages();
/** Gzipped JavaScript a tool page may load. */
const toolBudget = 20 * 1024;
/** The search page loads Pagefind's own UI (about 31 KB gzipped) once the user asks to search. */
const searchBudget = 45 * 1024;
/**
 * Pages held to less than the tool budget, in every language (by their English path). The
 * introduction builder is a small tool with a 12 KB budget, embedded too: it and the plan bar
 * are plain DOM, so its page loads the shared runtime without Preact (about 7.5 KB) and its own 3 KB.
 */
const pageBudgets: Record<string, number> = {
  '/search/': searchBudget,
  '/tools/introduction/': 12 * 1024,
  '/embed/introduction/': 12 * 1024,
};
const budgetFor = (path: string) => pageBudgets[basePath(path)] ?? toolBudget;
/**
 * Pages also checked with WCAG's text spacing and with the text at 200% (WCAG 1.4.12, 1.4.4):
 * one of each kind of layout (home, a guide, three tools, the long tables of the report and of
 * the security answers).
 */
const textSpacingPages = new Set([
  '/',
  '/guides/linkedin/',
  '/tools/question-builder/',
  '/tools/outreach/',
  '/tools/checklist/',
  '/accessibility/report/',
  '/privacy/security/',
]);
const textSpacing = {
  'WCAG text spacing': `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`,
  'text at 200%': 'html { font-size: 200% !important; }',
};
/** Adds up the page's layout shifts from the start of its load (an init script). */
const recordLayoutShifts = () => {
  const w = window as unknown as { shift: number };
  w.shift = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.shift += (e as unknown as { value: number }).value;
  }).observe({ type: 'layout-shift', buffered: true });
};
const layoutShift = (page: Page) =>
  page.evaluate(() => (window as unknown as { shift: number }).shift);
/** What Pagefind indexed, by page: its words must be words the page shows. */
const indexed = new Map(indexedPages().map((p) => [p.url, p.content]));

/** One browser context per worker with JavaScript off, for the pages that behave differently without it. */
const test = base.extend<object, { noScript: BrowserContext }>({
  noScript: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
});

test('Pagefind indexed the guides', () => {
  expect(indexed.size).toBeGreaterThan(5);
});

/**
 * Every built page is opened once for every check that concerns each page (the page count doubles
 * with a second language, and each visit costs more than the checks): layout shifts while it loads
 * and goes live, axe (with its label-in-name rule, WCAG 2.5.3, which its default run leaves out)
 * and IBM's Equal Access engine, axe's contrast check again in the dark colour scheme, lists
 * without items, requests to other hosts, the JavaScript budget, links glued to the next word
 * (with and, where it differs, without JavaScript), the words of its search index entry, text
 * spacing and 200% text on a page of each layout, and last WCAG 1.4.10 reflow at 320 × 640 with
 * every disclosure open. Soft assertions, so one failing check still reports the others.
 */
test.describe('every built page', () => {
  for (const path of pages) {
    test(`${path} passes axe and IBM Equal Access in both colour schemes, reflows at 320 px, keeps links apart from words, stays on this origin and keeps to its JS budget`, async ({
      page,
      report,
      noScript,
    }) => {
      test.setTimeout(120_000);
      const scripts: { url: string; gz: number }[] = [];
      page.on('response', async (res) => {
        if (res.request().resourceType() !== 'script') return;
        // A framed page's scripts are its own (the embed configurator previews an embed): each
        // built page is walked and held to its budget separately.
        if (res.frame() !== page.mainFrame()) return;
        const body = await res.body().catch(() => Buffer.alloc(0));
        scripts.push({ url: res.url(), gz: gzipSync(body).length });
      });
      await page.addInitScript(recordLayoutShifts);
      await page.goto(path, { waitUntil: 'load' });
      // A tool page goes live after load (its scripts, then the saved plans): let it, so axe
      // sees the interactive state. A page without a tool has nothing more to wait for.
      if (!isScriptFree(path)) await page.waitForLoadState('networkidle');
      expect.soft(await layoutShift(page), 'cumulative layout shift').toBeLessThan(0.01);

      expect.soft(await axeViolations(page), 'axe violations').toEqual([]);
      // The second engine, IBM Equal Access, on the same state of the same page.
      expect.soft(await aceViolations(page), 'IBM Equal Access violations').toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect
        .soft(
          await axeViolations(page, { rules: ['color-contrast'] }),
          'axe contrast, dark colour scheme',
        )
        .toEqual([]);
      await page.emulateMedia({ colorScheme: 'light' });

      // A list with no items is announced as "list, 0 items" and says nothing: render the
      // empty-state text instead, or nothing.
      const empty = await page
        .locator('ul:not(:has(> li)), ol:not(:has(> li))')
        .evaluateAll((lists) => lists.map((l) => `${l.tagName.toLowerCase()}.${l.className}`));
      expect.soft(empty, 'lists without items').toEqual([]);

      expect.soft(report.external, 'requests to other hosts').toEqual([]);
      expect.soft(report.cspViolations, 'Content-Security-Policy violations').toEqual([]);

      if (isScriptFree(path)) {
        expect
          .soft(
            scripts.map((s) => s.url),
            'JavaScript loaded by a page without a tool',
          )
          .toEqual([]);
        const inline = await page.locator('script:not([type="application/ld+json"])').count();
        expect.soft(inline, 'inline scripts on a page without a tool').toBe(0);
      } else {
        // Inline scripts count too: they are JavaScript the page ships, only not as files.
        const inline = await page
          .locator(
            'script:not([src]):not([type="application/json"]):not([type="application/ld+json"])',
          )
          .evaluateAll((nodes) => nodes.map((n) => n.textContent ?? ''));
        for (const code of inline) scripts.push({ url: 'inline', gz: gzipSync(code).length });
        const total = scripts.reduce((sum, s) => sum + s.gz, 0);
        expect
          .soft(
            total,
            `gzipped JS on ${path}: ${scripts.map((s) => `${s.url} ${s.gz}`).join(', ')}`,
          )
          .toBeLessThanOrEqual(budgetFor(path));
      }

      expect.soft(await gluedLinks(page), 'links glued to a word, with JavaScript').toEqual([]);
      const entry = indexed.get(path);
      if (entry !== undefined)
        expect.soft(await wordsNotOnPage(page, entry), 'indexed words not on the page').toEqual([]);

      // Without JavaScript a page differs only by its scripts and <noscript> notes: the built
      // HTML as it is, checked where it has either.
      if (scripts.length > 0 || (await page.locator('noscript').count()) > 0) {
        const plain = await noScript.newPage();
        await plain.goto(path);
        expect
          .soft(await gluedLinks(plain), 'links glued to a word, without JavaScript')
          .toEqual([]);
        await plain.close();
      }

      if (textSpacingPages.has(path))
        for (const [name, css] of Object.entries(textSpacing)) {
          const found = await textSpacingProblems(page, css);
          expect.soft(found.clipped, `text cut off with ${name}`).toEqual([]);
          expect.soft(found.scroll, `sideways scrolling with ${name}`).toBeLessThanOrEqual(0);
        }

      // WCAG 1.4.10 Reflow: at 320 CSS pixels wide nothing may need sideways scrolling. Last,
      // as it opens every disclosure.
      await page.setViewportSize({ width: 320, height: 640 });
      const overflow = await sidewaysOverflow(page);
      expect
        .soft(
          overflow.scroll,
          `scrolls sideways by ${overflow.scroll} px at 320 px: ${overflow.wide.join(', ')}`,
        )
        .toBeLessThanOrEqual(0);
    });
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 412, height: 823 }, isMobile: true, deviceScaleFactor: 1.75 });
  // Where islands hydrate into a phone's narrow column: home and a guide in each language, and
  // each tool and embed (in Spanish the conversations page, the longest; the others run the same
  // code in the same layout). Every page is checked for shifts at desktop size in its visit above.
  const phonePages = pages.filter(
    (p) =>
      ['/', '/es/', '/guides/linkedin/', '/es/guides/linkedin/', '/embed/'].includes(p) ||
      /^\/(tools|embed)\/[^/]+\/$/.test(p) ||
      p === '/es/tools/conversations/',
  );
  for (const path of phonePages) {
    test(`${path} loads without layout shifts`, async ({ page }) => {
      await page.addInitScript(recordLayoutShifts);
      await page.goto(path, { waitUntil: 'networkidle' });
      expect(await layoutShift(page), 'cumulative layout shift').toBeLessThan(0.01);
    });
  }
});

test('every internal link resolves', async ({ request }) => {
  const seen = new Set<string>();
  const broken: string[] = [];
  for (const path of pages) {
    const html = await (await request.get(path)).text();
    for (const m of html.matchAll(/<a\s[^>]*href="([^"#]*)(#[^"]*)?"/g)) {
      const href = m[1];
      if (!href || /^(https?:|mailto:|tel:|sms:)/.test(href)) continue;
      const target = new URL(href, `http://x${path}`).pathname;
      if (seen.has(target)) continue;
      seen.add(target);
      const res = await request.get(target);
      if (res.status() !== 200) broken.push(`${path} -> ${href} (${res.status()})`);
    }
  }
  expect(broken).toEqual([]);
  expect(seen.size).toBeGreaterThan(3);
});
