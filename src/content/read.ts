/**
 * The one way the site reads its content: every page, layout and section wrapper asks here
 * instead of calling getCollection, so drafts are left out, and guides, the question bank,
 * templates and checklist steps are put in order, in one place each. The rules themselves are
 * pure functions in src/lib (course order, bank order, step links), unit-tested there; this
 * module only feeds them the collections. It sits beside the content it reads because src/lib
 * must not import astro:content.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { courseOrder, groupBySection } from '../lib/guides/course';
import { flattenBank, inBankOrder } from '../lib/questions/bank';
import type { ChannelTemplate, Phrases, Tone } from '../lib/outreach/generate';
import { linkSteps } from '../lib/checklist/checklist';
import { fill } from '../lib/shared/fill';
import { buildReport, type Product } from '../lib/accessibility/report';
import { outlineProblems, timeParts } from '../lib/workshop/outline';
import { printText } from '../lib/strings/print';
import { toolNames } from '../lib/strings/embed';

/** A published guide. */
export type Guide = CollectionEntry<'guides'>;

/** Published guides in course order: drafts are left out here, and nowhere else. */
export async function guides(): Promise<Guide[]> {
  return courseOrder(await getCollection('guides'));
}

/** Published guides grouped by section, each in course order; empty sections left out. */
export async function guidesBySection() {
  return groupBySection(await guides());
}

/** Titles of the published guides by slug, for links that must never point to a missing page. */
export async function guideTitles(): Promise<Map<string, string>> {
  return new Map((await guides()).map((g) => [g.id, g.data.title]));
}

/** The question bank: its categories in conversation order, and every question in that order. */
export async function questionBank() {
  const groups = inBankOrder((await getCollection('questions')).map((entry) => entry.data));
  return { groups, questions: flattenBank(groups) };
}

/** Message templates in the order of the channel picker. */
export async function messageTemplates(): Promise<ChannelTemplate[]> {
  return (await getCollection('templates'))
    .map((e) => ({ id: e.id, ...e.data }))
    .sort((a, b) => a.order - b.order);
}

/** The phrases that fill a message's connection line, subject and ask, by tone. */
export async function outreachPhrases(): Promise<Record<Tone, Phrases>> {
  return Object.fromEntries(
    (await getCollection('outreachPhrases')).map((e) => [e.id, e.data]),
  ) as Record<Tone, Phrases>;
}

/** Checklist steps in order, each linked to its guide when that guide is published. */
export async function checklistSteps() {
  return linkSteps(
    (await getCollection('checklist')).map((e) => e.data),
    await guideTitles(),
    toolNames,
  );
}

/** The site's prose pages, by file name under src/content/pages/. */
export type PageId = 'privacy' | 'privacy-security' | 'accessibility' | 'embed';

/**
 * One prose page, with `{siteName}` in its title, description and lead filled in. Fails the
 * build when the file is missing, rather than rendering an empty page.
 */
export async function sitePage(id: PageId, siteName: string) {
  const entry = await getEntry('pages', id);
  if (!entry) throw new Error(`src/content/pages/${id}.mdx is missing.`);
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
