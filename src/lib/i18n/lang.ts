/**
 * The site's languages and where each one lives: English at the root (`/guides/x/`), Spanish
 * under `/es/` at the same path (`/es/guides/x/`). A page's language is the language of its
 * address, so every component can tell it from `Astro.url` alone. Pure functions: they run at
 * build time in pages and components, and may run in the browser too (they import nothing).
 */

/** Every language of the site, the default (unprefixed) one first. */
export const langs = ['en', 'es'] as const;
/** A language of the site, as `<html lang>` and Pagefind's index name it. */
export type Lang = (typeof langs)[number];

/** The language whose pages have no prefix, and the one `x-default` points to. */
export const defaultLang = 'en' satisfies Lang;

/** The other language: the one the header's switch leads to. */
export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'es' : 'en';
}

/** The language a prefix segment names, or null (`es` → 'es'; `en`, `guides` → null). */
function prefixLang(segment: string | undefined): Lang | null {
  return langs.find((l) => l !== defaultLang && l === segment) ?? null;
}

/** The language of a site path: `/es` and `/es/…` are Spanish, everything else English. */
export function langFromPath(pathname: string): Lang {
  return prefixLang(pathname.split('/')[1]) ?? defaultLang;
}

/** The language of a page, from its URL (`Astro.url` in any page or component). */
export function langFromUrl(url: URL): Lang {
  return langFromPath(url.pathname);
}

/** A path without its language prefix: `/es/guides/x/` → `/guides/x/`, `/es/` → `/`. */
export function basePath(pathname: string): string {
  const lang = langFromPath(pathname);
  if (lang === defaultLang) return pathname;
  const rest = pathname.slice(lang.length + 1);
  return rest.startsWith('/') ? rest : `/${rest}`;
}

/**
 * A site path in `lang`: `localePath('/guides/x/', 'es')` → `/es/guides/x/`. The path may already
 * carry a prefix (a Spanish string module may write `/es/…` itself): it is swapped, never doubled.
 * Addresses that are not site paths (`https:`, `mailto:`, `#part`, `?q=`) come back unchanged.
 */
export function localePath(path: string, lang: Lang): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const base = basePath(path);
  return lang === defaultLang ? base : `/${lang}${base}`;
}

/** The same page in the other language: `/guides/x/` ↔ `/es/guides/x/`. */
export function twinPath(pathname: string): string {
  return localePath(pathname, otherLang(langFromPath(pathname)));
}

/** The page's path in every language, keyed by language: the candidates for its alternates. */
export function pathsByLang(pathname: string): Record<Lang, string> {
  return Object.fromEntries(langs.map((l) => [l, localePath(pathname, l)])) as Record<Lang, string>;
}

/**
 * The language and slug of a content entry: files in the default language sit at the root of a
 * collection (`who-to-ask`), the others in a folder named by the language (`es/who-to-ask`).
 */
export function entryLang(id: string): { lang: Lang; slug: string } {
  const [first, ...rest] = id.split('/');
  const lang = rest.length ? prefixLang(first) : null;
  return lang ? { lang, slug: rest.join('/') } : { lang: defaultLang, slug: id };
}

/**
 * The address of the page a file under src/pages/ builds, from its path there
 * (`es/guides/index.astro` → `/es/guides/`, `search.astro` → `/search/`, `404.astro` → `/404/`,
 * as `Astro.url` names it), or null for a route with parameters, whose pages depend on its data.
 */
export function routeOfPageFile(file: string): string | null {
  if (!file.endsWith('.astro') || file.includes('[')) return null;
  const route = file
    .replace(/\\/g, '/')
    .replace(/\.astro$/, '')
    .replace(/(^|\/)index$/, '');
  return route ? `/${route}/` : '/';
}

/**
 * Wording in another language keeps the shape of the English: the same keys, the same number of
 * items in each list, functions with the same parameters; only the text may differ (string
 * literals widen to `string`, numbers to `number`). `strings(module, lang)` gives every language
 * this type of its English module.
 */
export type Translation<T> = T extends string
  ? string
  : T extends number
    ? number
    : T extends boolean | null | undefined | RegExp
      ? T
      : T extends (...args: infer A) => infer R
        ? (...args: A) => Translation<R>
        : { readonly [K in keyof T]: Translation<T[K]> };

/**
 * What a translation file (src/lib/strings/es/<module>.json) is held to when the site compiles:
 * the English module's keys at every level, text where the English has text. JSON gives a list
 * no length, so tests/unit/lib/i18n/strings.test.ts compares lists item by item instead.
 */
export type TranslationFile<T> = T extends string
  ? string
  : T extends number
    ? number
    : T extends boolean | null | undefined
      ? T
      : T extends readonly (infer E)[]
        ? readonly TranslationFile<E>[]
        : { readonly [K in keyof T]: TranslationFile<T[K]> };
