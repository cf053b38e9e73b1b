import { describe, expect, test } from 'vitest';
import {
  basePath,
  entryLang,
  langFromPath,
  langFromUrl,
  localePath,
  otherLang,
  pathsByLang,
  routeOfPageFile,
  twinPath,
} from '../../../../src/lib/i18n/lang';

describe('langFromPath', () => {
  test('reads Spanish from the /es/ prefix and English everywhere else', () => {
    for (const path of ['/es/', '/es', '/es/guides/who-to-ask/', '/es/404.html'])
      expect(langFromPath(path), path).toBe('es');
    for (const path of ['/', '/guides/', '/404.html']) expect(langFromPath(path), path).toBe('en');
  });

  test('does not take a word that starts with "es" for the prefix', () => {
    for (const path of ['/estonia/', '/guides/es/', '/en/'])
      expect(langFromPath(path), path).toBe('en');
  });

  test('reads a URL by its path', () => {
    expect(langFromUrl(new URL('https://x.example/es/search/?q=exalumnos'))).toBe('es');
    expect(langFromUrl(new URL('https://x.example/search/?q=es'))).toBe('en');
  });
});

describe('localePath', () => {
  test('puts an English path under /es/ for Spanish and leaves it for English', () => {
    expect(localePath('/guides/x/', 'es')).toBe('/es/guides/x/');
    expect(localePath('/', 'es')).toBe('/es/');
    expect(localePath('/guides/x/', 'en')).toBe('/guides/x/');
  });

  test('swaps a prefix that is already there instead of doubling it', () => {
    expect(localePath('/es/guides/x/', 'es')).toBe('/es/guides/x/');
    expect(localePath('/es/guides/x/', 'en')).toBe('/guides/x/');
    expect(localePath('/es/', 'en')).toBe('/');
    expect(localePath('/es', 'en')).toBe('/');
  });

  test('leaves addresses that are not site paths alone', () => {
    for (const href of ['https://example.org/x/', 'mailto:a@b.c', '#part', '?q=1', '//cdn.x/y'])
      expect(localePath(href, 'es')).toBe(href);
  });
});

describe('basePath, twinPath and pathsByLang', () => {
  test('pair each page with the same page in the other language', () => {
    expect(basePath('/es/guides/x/')).toBe('/guides/x/');
    expect(basePath('/guides/x/')).toBe('/guides/x/');
    expect(twinPath('/guides/x/')).toBe('/es/guides/x/');
    expect(twinPath('/es/guides/x/')).toBe('/guides/x/');
    expect(twinPath('/404.html')).toBe('/es/404.html');
    expect(twinPath(twinPath('/families/'))).toBe('/families/');
    expect(pathsByLang('/es/search/')).toEqual({ en: '/search/', es: '/es/search/' });
    expect(otherLang('en')).toBe('es');
    expect(otherLang('es')).toBe('en');
  });
});

describe('entryLang', () => {
  test('reads the language folder of a content entry id, English at the root', () => {
    expect(entryLang('who-to-ask')).toEqual({ lang: 'en', slug: 'who-to-ask' });
    expect(entryLang('es/who-to-ask')).toEqual({ lang: 'es', slug: 'who-to-ask' });
    // A file named like the language is an English entry, not a folder.
    expect(entryLang('es')).toEqual({ lang: 'en', slug: 'es' });
  });
});

describe('routeOfPageFile', () => {
  test('names the address Astro builds each page file at', () => {
    const routes = {
      'index.astro': '/',
      'es/index.astro': '/es/',
      'search.astro': '/search/',
      'es/guides/index.astro': '/es/guides/',
      'embed/checklist.astro': '/embed/checklist/',
      '404.astro': '/404/',
    };
    for (const [file, route] of Object.entries(routes))
      expect(routeOfPageFile(file), file).toBe(route);
  });

  test('leaves routes with parameters and endpoints to their data', () => {
    for (const file of [
      'guides/[...slug].astro',
      'es/guides/section/[section].astro',
      'robots.txt.ts',
    ])
      expect(routeOfPageFile(file), file).toBeNull();
  });
});
