/**
 * The one way the site reads its content: every page, layout and section wrapper asks here
 * instead of calling getCollection, so drafts are left out, and guides, the question bank,
 * templates and checklist steps are put in order, in one place each. The rules themselves are
 * pure functions in src/lib (course order, bank order, step links), unit-tested there; this
 * module only feeds them the collections. It sits beside the content it reads because src/lib
 * must not import astro:content.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { courseOrder, groupBySection, neighbours } from '../lib/guides/course';
import {
  defaultLang,
  entryLang,
  langs,
  localePath,
  routeOfPageFile,
  type Lang,
} from '../lib/i18n/lang';
import { flattenBank, inBankOrder } from '../lib/questions/bank';
import type { ChannelTemplate, Phrases, Tone } from '../lib/outreach/generate';
import { linkSteps } from '../lib/checklist/checklist';
import { fill } from '../lib/shared/fill';
import { buildReport, type Product } from '../lib/accessibility/report';
import { outlineProblems, timeParts } from '../lib/workshop/outline';
import { printText } from '../lib/strings/print';
import { strings } from '../lib/i18n/strings';

/** A published guide. */
export type Guide = CollectionEntry<'guides'>;

/**
 * Published guides in one language, in course order: drafts are left out here, and nowhere
 * else. English guides are the files at the root of src/content/guides/, Spanish ones those in
 * es/ with the same file name. A Spanish guide without its English original stops the build.
 */
export async function guides(lang: Lang = defaultLang): Promise<Guide[]> {
  const all = await getCollection('guides');
  const english = new Set(all.filter((g) => entryLang(g.id).lang === defaultLang).map((g) => g.id));
  const orphans = all.filter((g) => {
    const { lang, slug } = entryLang(g.id);
    return lang !== defaultLang && !english.has(slug);
  });
  if (orphans.length)
    throw new Error(
      `Translated guides without an English original of the same file name: ${orphans.map((g) => `src/content/guides/${g.id}.mdx`).join(', ')}.`,
    );
  return courseOrder(all.filter((g) => entryLang(g.id).lang === lang));
}

/** A guide's file name without its language folder: the last part of its address. */
export function guideSlug(guide: Guide): string {
  return entryLang(guide.id).slug;
}

/** The address of a guide's page, in its own language: `/guides/x/` or `/es/guides/x/`. */
export function guideHref(guide: Guide): string {
  const { lang, slug } = entryLang(guide.id);
  return localePath(`/guides/${slug}/`, lang);
}

/**
 * The pages of the guides in one language, for a guides route's getStaticPaths: each guide by
 * its slug, with the guides before and after it in that language's course.
 */
export async function guidePaths(lang: Lang) {
  const list = await guides(lang);
  return list.map((guide) => ({
    params: { slug: guideSlug(guide) },
    props: { guide, ...neighbours(list, guide.id) },
  }));
}

/** Published guides in one language grouped by section, each in course order; empty sections left out. */
export async function guidesBySection(lang: Lang = defaultLang) {
  return groupBySection(await guides(lang));
}

/** The section pages of the guides in one language, for a section route's getStaticPaths. */
export async function sectionPaths(lang: Lang) {
  return (await guidesBySection(lang)).map(({ section }) => ({
    params: { section },
    props: { section },
  }));
}

/** Titles of the published guides by slug, for links that must never point to a missing page. */
export async function guideTitles(lang: Lang = defaultLang): Promise<Map<string, string>> {
  return new Map((await guides(lang)).map((g) => [guideSlug(g), g.data.title]));
}

/** Pages whose addresses depend on data, by their file under src/pages/ without the language folder. */
const dataRoutes: Record<string, (lang: Lang) => Promise<string[]>> = {
  'guides/[...slug].astro': async (lang) =>
    (await guides(lang)).map(guideSlug).map((s) => `/guides/${s}/`),
  'guides/section/[section].astro': async (lang) =>
    (await guidesBySection(lang)).map(({ section }) => `/guides/section/${section}/`),
};

let routes: Promise<Set<string>> | undefined;

/**
 * The address of every page the site builds, in every language (`/`, `/es/guides/x/`, `/404/`),
 * read from the files under src/pages/ and, for routes with parameters, from their content. It
 * tells a page whether it has a twin in the other language, and a link whether its target exists
 * in the reader's language.
 */
export function siteRoutes(): Promise<Set<string>> {
  routes ??= (async () => {
    const found = new Set<string>();
    for (const key of Object.keys(import.meta.glob('../pages/**/*.astro'))) {
      const file = key.slice('../pages/'.length);
      const route = routeOfPageFile(file);
      if (route) {
        found.add(route);
        continue;
      }
      const lang = langs.find((l) => l !== defaultLang && file.startsWith(`${l}/`)) ?? defaultLang;
      const pages = dataRoutes[lang === defaultLang ? file : file.slice(lang.length + 1)];
      for (const path of pages ? await pages(lang) : []) found.add(localePath(path, lang));
    }
    return found;
  })();
  return routes;
}

/**
 * Links for a page in `lang`, given a site path in any language: `href(path)` is that page in
 * `lang` when it exists there, else the English page (pages for career-center staff stay in
 * English), and `hreflang(path)` then says `en` (undefined, so no attribute, otherwise):
 * `<a href={href('/guides/')} hreflang={hreflang('/guides/')}>`.
 */
export async function localeLinks(lang: Lang) {
  const all = await siteRoutes();
  const resolve = (path: string): { href: string; hreflang?: Lang } => {
    const [, pathname, rest] = /^([^?#]*)(.*)$/s.exec(path)!;
    const wanted = localePath(pathname, lang);
    if (lang === defaultLang || !pathname.startsWith('/') || all.has(wanted))
      return { href: wanted + rest };
    return { href: localePath(pathname, defaultLang) + rest, hreflang: defaultLang };
  };
  return {
    href: (path: string) => resolve(path).href,
    hreflang: (path: string) => resolve(path).hreflang,
  };
}

/**
 * Entries of a collection with language folders, in one language, by their English id: English
 * files sit at the root (`advice`), Spanish ones in es/ by the same file name (`es/advice`). An
 * English entry without a translation yet stands in for it (a unit test requires every one).
 */
function inLang<E extends { id: string }>(all: readonly E[], lang: Lang): E[] {
  const byId = new Map<string, E>();
  for (const entry of all) {
    const { lang: l, slug } = entryLang(entry.id);
    if (l === defaultLang && !byId.has(slug)) byId.set(slug, { ...entry, id: slug });
  }
  for (const entry of all) {
    const { lang: l, slug } = entryLang(entry.id);
    if (l === lang && l !== defaultLang) {
      if (!byId.has(slug))
        throw new Error(`A ${lang} content file without an English original: ${entry.id}.`);
      byId.set(slug, { ...entry, id: slug });
    }
  }
  return [...byId.values()];
}

/**
 * The question bank in one language: its categories in conversation order, and every question in
 * that order. Question ids, tags and categories are the same in every language (saved plans
 * store the ids); only the wording differs.
 */
export async function questionBank(lang: Lang = defaultLang) {
  const groups = inBankOrder(inLang(await getCollection('questions'), lang).map((e) => e.data));
  return { groups, questions: flattenBank(groups) };
}

/** Message templates in one language, in the order of the channel picker (ids as in English). */
export async function messageTemplates(lang: Lang = defaultLang): Promise<ChannelTemplate[]> {
  return inLang(await getCollection('templates'), lang)
    .map((e) => ({ id: e.id, ...e.data }))
    .sort((a, b) => a.order - b.order);
}

/** The phrases that fill a message's connection line, subject and ask, by tone, in one language. */
export async function outreachPhrases(lang: Lang = defaultLang): Promise<Record<Tone, Phrases>> {
  const entries = await getCollection(lang === 'es' ? 'outreachPhrasesEs' : 'outreachPhrases');
  return Object.fromEntries(entries.map((e) => [e.id, e.data])) as Record<Tone, Phrases>;
}

/**
 * Checklist steps in one language, in order, each linked to its guide (in that language) when
 * that guide is published, and to its tool's page in that language (the English page while the
 * Spanish one does not exist). Step ids are the same in
 * every language: saved plans store them.
 */
export async function checklistSteps(lang: Lang = defaultLang) {
  const entries = await getCollection(lang === 'es' ? 'checklistEs' : 'checklist');
  const steps = linkSteps(
    entries.map((e) => e.data),
    await guideTitles(lang),
    strings('embed', lang).toolNames,
  );
  const { href } = await localeLinks(lang);
  return steps.map((step) => ({
    ...step,
    ...(step.href ? { href: href(step.href) } : {}),
    ...(step.tool ? { tool: { ...step.tool, href: href(step.tool.href) } } : {}),
  }));
}

/** The site's prose pages, by file name under src/content/pages/. */
export type PageId = 'privacy' | 'privacy-security' | 'accessibility' | 'embed' | 'families';

/**
 * One prose page in one language (English at the root of src/content/pages/, Spanish in es/),
 * with `{siteName}` in its title, description and lead filled in. Fails the build when the file
 * is missing, rather than rendering an empty page.
 */
export async function sitePage(id: PageId, siteName: string, lang: Lang = defaultLang) {
  const path = lang === defaultLang ? id : `${lang}/${id}`;
  const entry = await getEntry('pages', path);
  if (!entry) throw new Error(`src/content/pages/${path}.mdx is missing.`);
  const withSite = (text: string) => fill(text, { siteName });
  return {
    entry,
    title: withSite(entry.data.title),
    description: withSite(entry.data.description),
    lead: withSite(entry.data.lead),
  };
}

/**
 * The Accessibility Conformance Report (src/content/conformance/wcag-2.2.yaml) joined to the
 * OpenACR catalog it names. Fails the build, naming each criterion, when a level A or AA
 * criterion of the catalog has no answer.
 */
export async function conformanceReport(product: Product) {
  const entry = await getEntry('conformance', 'wcag-22');
  if (!entry) throw new Error('src/content/conformance/wcag-2.2.yaml is missing.');
  const file = `catalog-${entry.data.catalog}.yaml`;
  const catalog = (await getCollection('openacr')).find((c) => c.filePath?.endsWith(`/${file}`));
  if (!catalog)
    throw new Error(
      `src/content/openacr/${file}, named by src/content/conformance/wcag-2.2.yaml, is missing.`,
    );
  return {
    report: buildReport(catalog.data, entry.data, product),
    catalogId: entry.data.catalog,
  };
}

/**
 * The printable sheets that exist: each folder under src/pages/print/ with an entry in
 * src/lib/strings/print.ts, by folder name, with its title and summary.
 */
export function printSheets() {
  return Object.keys(import.meta.glob('../pages/print/*/index.astro'))
    .map((path) => path.split('/').at(-2)!)
    .filter((slug) => printText.sheets[slug])
    .sort()
    .map((slug) => ({ slug, href: `/print/${slug}/`, ...printText.sheets[slug] }));
}

/**
 * The workshop outline's parts in order, each with its start and end minute. Fails the build,
 * naming each problem, when the minutes do not add up or a guide or handout does not exist.
 */
export async function workshopParts() {
  const parts = (await getCollection('workshop'))
    .map((e) => e.data)
    .sort((a, b) => a.order - b.order);
  const titles = await guideTitles();
  const sheets = printSheets();
  const problems = outlineProblems(parts, {
    guides: new Set(titles.keys()),
    sheets: new Set(sheets.map((s) => s.slug)),
  });
  if (problems.length) throw new Error(`src/content/workshop/parts.yaml: ${problems.join(' ')}`);
  return { parts: timeParts(parts), guideTitles: titles, sheets };
}
