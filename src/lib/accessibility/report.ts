/**
 * The Accessibility Conformance Report: the answers in src/content/conformance/ joined to the
 * VPAT 2.5 WCAG catalog in src/content/openacr/, for the page /accessibility/report/ and the
 * OpenACR file /accessibility/openacr.yaml. Pure functions; src/content/read.ts feeds them.
 */

/** The VPAT 2.5 conformance terms a level A or AA criterion may take, as OpenACR spells them. */
export const conformanceLevels = [
  'supports',
  'partially-supports',
  'does-not-support',
  'not-applicable',
] as const;

/** One of the VPAT 2.5 conformance terms. */
export type ConformanceLevel = (typeof conformanceLevels)[number];

/** The report's chapters: WCAG level A and level AA. Level AAA is not claimed. */
export const reportChapters = ['success_criteria_level_a', 'success_criteria_level_aa'] as const;

/** The parts of the OpenACR catalog the report uses. */
export interface Catalog {
  title: string;
  standards: { id: string; label: string; url: string }[];
  chapters: { id: string; label: string; criteria: { id: string; handle: string }[] }[];
  terms: { id: string; label: string; description: string }[];
}

/** One answer, as src/content/conformance/ writes it. */
export interface CriterionAnswer {
  id: string;
  level: ConformanceLevel;
  tests: string[];
  remarks: string;
  obsolete: boolean;
}

/**
 * A browser engine the automated tests run in. The same list tells tests/engines/run.mjs which
 * engines to run, so the report cannot name one the tests skip.
 */
export interface TestEngine {
  id: string;
  name: string;
  /** What drives it. */
  driver: string;
  /** What the tests do in it. */
  runs: string;
}

/** The report's data file. */
export interface ReportData {
  catalog: string;
  reportDate: Date;
  evaluationMethods: string;
  engines: TestEngine[];
  notes: string;
  criteria: CriterionAnswer[];
}

/** What the product is and who answers for it (from src/site.config.ts and package.json). */
export interface Product {
  name: string;
  version: string;
  description: string;
  /** Who runs this copy of the site. */
  vendor: string;
  /** Their address for questions: from a mailto: contact link; empty when they gave none. */
  email: string;
  /** Where the report lives, as an absolute URL. */
  website: string;
}

/** A criterion of the report, with its name and chapter from the catalog. */
export interface ReportCriterion extends CriterionAnswer {
  handle: string;
  /** The term as the VPAT writes it: "Supports", "Not Applicable". */
  levelLabel: string;
}

/** The report, ready to render. */
export interface Report {
  title: string;
  standard: { label: string; url: string };
  product: Product;
  reportDate: string;
  evaluationMethods: string;
  engines: TestEngine[];
  notes: string;
  terms: { id: ConformanceLevel; label: string; description: string }[];
  chapters: { id: string; label: string; criteria: ReportCriterion[] }[];
}

/**
 * What is wrong between the answers and the catalog: a level A or AA criterion with no answer,
 * an answer to a criterion the catalog does not have at those levels, an answer given twice.
 * Empty when the report covers exactly the catalog's criteria.
 */
export function coverageProblems(catalog: Catalog, criteria: { id: string }[]): string[] {
  const wanted = catalog.chapters
    .filter((c) => (reportChapters as readonly string[]).includes(c.id))
    .flatMap((c) => c.criteria.map((x) => x.id));
  const given = criteria.map((c) => c.id);
  const problems = wanted
    .filter((id) => !given.includes(id))
    .map((id) => `Success criterion ${id} has no answer.`);
  for (const id of new Set(given)) {
    if (!wanted.includes(id))
      problems.push(`Success criterion ${id} is not a level A or AA criterion of the catalog.`);
    if (given.indexOf(id) !== given.lastIndexOf(id))
      problems.push(`Success criterion ${id} is answered more than once.`);
  }
  return problems;
}

/** The date as YYYY-MM-DD (UTC, as YAML reads a bare date). */
const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Joins the answers to the catalog, in the catalog's order. Throws, listing every problem, when
 * the answers do not cover exactly the catalog's level A and AA criteria.
 */
export function buildReport(catalog: Catalog, data: ReportData, product: Product): Report {
  const problems = coverageProblems(catalog, data.criteria);
  if (problems.length)
    throw new Error(`src/content/conformance/: ${problems.join(' ')}`, { cause: problems });
  const answers = new Map(data.criteria.map((c) => [c.id, c]));
  const termLabel = new Map(catalog.terms.map((t) => [t.id, t.label]));
  const standard = catalog.standards[0];
  return {
    title: `${product.name} Accessibility Conformance Report`,
    standard: { label: standard.label, url: standard.url },
    product,
    reportDate: isoDate(data.reportDate),
    evaluationMethods: data.evaluationMethods,
    engines: data.engines,
    notes: data.notes,
    terms: conformanceLevels.map((id) => {
      const term = catalog.terms.find((t) => t.id === id);
      if (!term) throw new Error(`The catalog has no conformance term "${id}".`);
      return { id, label: term.label, description: term.description };
    }),
    chapters: reportChapters.map((id) => {
      const chapter = catalog.chapters.find((c) => c.id === id)!;
      return {
        id,
        label: chapter.label,
        criteria: chapter.criteria.map((c) => {
          const answer = answers.get(c.id)!;
          return { ...answer, handle: c.handle, levelLabel: termLabel.get(answer.level)! };
        }),
      };
    }),
  };
}

/** How many criteria of the report take each conformance term. */
export function levelCounts(report: Report): Record<ConformanceLevel, number> {
  const counts = Object.fromEntries(conformanceLevels.map((l) => [l, 0])) as Record<
    ConformanceLevel,
    number
  >;
  for (const c of report.chapters.flatMap((ch) => ch.criteria)) counts[c.level] += 1;
  return counts;
}

/** A criterion's remarks with the test files that check it, as one paragraph. */
export function remarksWithTests(c: Pick<CriterionAnswer, 'remarks' | 'tests'>): string {
  return c.tests.length ? `${c.remarks} Tests: ${c.tests.join(', ')}.` : c.remarks;
}

/**
 * The report in OpenACR's format (schema openacr-0.1.0), as a plain object to write as YAML.
 * Every criterion is reported for the web component, the only one a website has.
 */
export function toOpenAcr(report: Report, catalogId: string) {
  const contact = {
    name: report.product.vendor,
    company_name: report.product.vendor,
    email: report.product.email,
    website: report.product.website,
  };
  return {
    title: report.title,
    product: {
      name: report.product.name,
      version: report.product.version,
      description: report.product.description,
    },
    author: contact,
    vendor: contact,
    report_date: report.reportDate,
    last_modified_date: report.reportDate,
    notes: report.notes,
    evaluation_methods_used: [
      report.evaluationMethods,
      ...report.engines.map((e) => `${e.name} (${e.driver}): ${e.runs}`),
    ].join('\n'),
    catalog: catalogId,
    chapters: Object.fromEntries(
      report.chapters.map((chapter) => [
        chapter.id,
        {
          criteria: chapter.criteria.map((c) => ({
            num: c.id,
            components: [
              { name: 'web', adherence: { level: c.level, notes: remarksWithTests(c) } },
            ],
          })),
        },
      ]),
    ),
  };
}

/**
 * The product a report is about: this copy of the site, named as its white-label settings name
 * it, at the version of package.json. The email comes from a `mailto:` contact link, the only
 * address the settings hold; without one it is left empty rather than made up.
 */
export function productOf(
  site: { siteName: string; organization: string; contact: { href: string } | null },
  pkg: { version: string; description: string },
  reportUrl: URL,
): Product {
  const href = site.contact?.href ?? '';
  return {
    name: site.siteName,
    version: pkg.version,
    description: pkg.description,
    vendor: site.organization,
    email: href.startsWith('mailto:') ? decodeURIComponent(href.slice(7).split('?')[0]) : '',
    website: reportUrl.href,
  };
}
