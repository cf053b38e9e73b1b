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
    expect(langFromPath('/es/')).toBe('es');
    expect(langFromPath('/es')).toBe('es');
    expect(langFromPath('/es/guides/who-to-ask/')).toBe('es');
    expect(langFromPath('/es/404.html')).toBe('es');
    expect(langFromPath('/')).toBe('en');
    expect(langFromPath('/guides/')).toBe('en');
    expect(langFromPath('/404.html')).toBe('en');
  });

  test('does not take a word that starts with "es" for the prefix', () => {
    expect(langFromPath('/estonia/')).toBe('en');
    expect(langFromPath('/guides/es/')).toBe('en');
    expect(langFromPath('/en/')).toBe('en');
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
    expect(routeOfPageFile('index.astro')).toBe('/');
    expect(routeOfPageFile('es/index.astro')).toBe('/es/');
    expect(routeOfPageFile('search.astro')).toBe('/search/');
    expect(routeOfPageFile('es/guides/index.astro')).toBe('/es/guides/');
    expect(routeOfPageFile('embed/checklist.astro')).toBe('/embed/checklist/');
    expect(routeOfPageFile('404.astro')).toBe('/404/');
  });

  test('leaves routes with parameters and endpoints to their data', () => {
    expect(routeOfPageFile('guides/[...slug].astro')).toBeNull();
    expect(routeOfPageFile('es/guides/section/[section].astro')).toBeNull();
    expect(routeOfPageFile('robots.txt.ts')).toBeNull();
  });
});
