import { readFileSync } from 'node:fs';
import { builtHtml, builtPages, expect, fileTest as test } from '../support/site';
import { englishOnly, notYetInSpanish } from '../support/languages';
import { langFromPath, localePath, otherLang, twinPath } from '../../src/lib/i18n/lang';

/**
 * The two languages in the built site, read from dist/ without a browser: every page has its
 * twin at the same path in the other language (or is on a list that says why not), says its
 * language, and names its twin to search engines, to the sitemap and to readers (the header's
 * switch). Guards too against Astro building a page of one language empty or at a rewritten path.
 */
const pages = builtPages();
const built = new Set(pages);
const html = builtHtml;
const isSpanish = (path: string) => langFromPath(path) === 'es';
const staffOnly = (path: string) => englishOnly.includes(path);
const pending = (path: string) => notYetInSpanish.some((prefix) => path.startsWith(prefix));
/** Missing-page pages: shown at any address, so they name no alternates. */
const notFound = (path: string) => path.endsWith('404.html');

/** The page's `<link rel="alternate" hreflang>` tags, as hreflang → path. */
function alternates(page: string): Map<string, string> {
  return new Map(
    [...page.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [
      m[1],
      new URL(m[2]).pathname,
    ]),
  );
}

test('both languages are built: a Spanish home page, guides and the families pages', () => {
  for (const path of ['/es/', '/es/guides/', '/es/search/', '/families/', '/es/families/'])
    expect(built.has(path), path).toBe(true);
  expect(built.has('/es/404.html')).toBe(true);
});

test('every Spanish page has its English twin at the same path', () => {
  const orphans = pages.filter((p) => isSpanish(p) && !built.has(twinPath(p)));
  expect(orphans).toEqual([]);
});

test('every English page has its Spanish twin, except the pages for staff', () => {
  const english = pages.filter((p) => !isSpanish(p));
  const missing = english.filter((p) => !staffOnly(p) && !pending(p) && !built.has(twinPath(p)));
  expect(missing, 'English pages without a Spanish page').toEqual([]);
  const translatedStaff = english.filter((p) => staffOnly(p) && built.has(twinPath(p)));
  expect(translatedStaff, 'staff pages built in Spanish: take them off englishOnly').toEqual([]);
  const done = notYetInSpanish.filter((prefix) =>
    english
      .filter((p) => p.startsWith(prefix) && !staffOnly(p))
      .every((p) => built.has(twinPath(p))),
  );
  expect(done, 'entries of notYetInSpanish whose pages all have twins: remove them').toEqual([]);
});

test('every page says its language: es under /es/, en everywhere else', () => {
  const wrong = pages
    .map((p) => ({ p, lang: /<html lang="([^"]*)"/.exec(html(p))?.[1] }))
    .filter(({ p, lang }) => lang !== langFromPath(p))
    .map(({ p, lang }) => `${p}: ${lang}`);
  expect(wrong).toEqual([]);
});

test('a page with a twin names both and x-default as alternates, and the twin names it back', () => {
  let pairs = 0;
  for (const path of pages) {
    const page = html(path);
    const links = alternates(page);
    const indexed = !page.includes('<meta name="robots" content="noindex"');
    if (!built.has(twinPath(path)) || !indexed || notFound(path)) {
      expect([...links.keys()], `${path} has no twin to name`).toEqual([]);
      continue;
    }
    const en = localePath(path, 'en');
    const es = localePath(path, 'es');
    expect(Object.fromEntries(links), path).toEqual({ en, es, 'x-default': en });
    expect(alternates(html(twinPath(path))).get(langFromPath(path)), `${path}, back`).toBe(path);
    pairs++;
  }
  expect(pairs).toBeGreaterThan(10);
});

test('the header links to the same page in the other language, with hreflang and lang', () => {
  for (const path of pages) {
    const page = html(path);
    if (!page.includes('class="site-header"')) continue;
    const other = otherLang(langFromPath(path));
    const link = /<a class="lang-switch" href="([^"]+)" hreflang="([^"]+)" lang="([^"]+)"/.exec(
      page,
    );
    if (notFound(path)) {
      expect(link?.slice(1), path).toEqual([localePath('/', other), other, other]);
    } else if (built.has(twinPath(path))) {
      expect(link?.slice(1), path).toEqual([twinPath(path), other, other]);
    } else {
      expect(link, `${path} has no twin to switch to`).toBeNull();
    }
  }
});

test('the sitemap lists both languages, each page with its twin as an alternate', () => {
  const xml = readFileSync('dist/sitemap-0.xml', 'utf8');
  const entries = new Map(
    [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)].map((m) => [
      new URL(m[1]).pathname,
      [...m[2].matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map(
        (a) => `${a[1]} ${new URL(a[2]).pathname}`,
      ),
    ]),
  );
  expect(entries.has('/es/')).toBe(true);
  for (const [path, links] of entries) {
    if (!entries.has(twinPath(path))) continue;
    expect(links.toSorted(), path).toEqual([
      `en ${localePath(path, 'en')}`,
      `es ${localePath(path, 'es')}`,
    ]);
  }
});
