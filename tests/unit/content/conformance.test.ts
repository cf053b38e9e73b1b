import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import {
  buildReport,
  coverageProblems,
  productOf,
  toOpenAcr,
  type Catalog,
  type ReportData,
} from '../../../src/lib/accessibility/report';
import site from '../../../src/site.config';

/**
 * The real report (src/content/conformance/wcag-2.2.yaml) against the real catalog: it must
 * answer every level A and AA criterion, and every test file it cites must exist.
 */
const root = resolve(import.meta.dirname, '../../..');
const data = parse(readFileSync(resolve(root, 'src/content/conformance/wcag-2.2.yaml'), 'utf8'));
const catalog: Catalog = parse(
  readFileSync(resolve(root, `src/content/openacr/catalog-${data.catalog}.yaml`), 'utf8'),
);
/** The answers with the schema's defaults filled in (no tests, not obsolete). */
const criteria: ReportData['criteria'] = data.criteria.map(
  (c: Partial<ReportData['criteria'][number]>) =>
    ({
      ...c,
      tests: c.tests ?? [],
      obsolete: c.obsolete ?? false,
    }) as ReportData['criteria'][number],
);
const levels = (chapter: string) =>
  catalog.chapters.find((c) => c.id === chapter)!.criteria.map((c) => c.id);

describe('the conformance report', () => {
  test('names the browser engines the tests run in, each with a runner (tests/engines/run.mjs)', () => {
    const ids = data.engines.map((e: { id: string }) => e.id);
    expect(ids).toEqual(['chromium', 'firefox', 'webkit']);
    const runner = readFileSync(resolve(root, 'tests/engines/run.mjs'), 'utf8');
    for (const id of ids.slice(1)) expect(runner, id).toContain(`\n  ${id}: {`);
  });

  test('answers every level A and AA success criterion of the WCAG 2.2 catalog, once', () => {
    expect(coverageProblems(catalog, criteria)).toEqual([]);
    // 55 criteria, plus 4.1.1 Parsing, which WCAG 2.2 keeps as obsolete.
    expect(
      levels('success_criteria_level_a').length + levels('success_criteria_level_aa').length,
    ).toBe(56);
    expect(criteria).toHaveLength(56);
  });

  test('marks 4.1.1 Parsing obsolete, and only it', () => {
    expect(criteria.filter((c) => c.obsolete).map((c) => c.id)).toEqual(['4.1.1']);
  });

  test('every test file it cites exists', () => {
    const missing = criteria.flatMap((c) =>
      c.tests.filter((file) => !existsSync(resolve(root, file))).map((file) => `${c.id}: ${file}`),
    );
    expect(missing).toEqual([]);
  });

  test('every "supports" names at least one test file', () => {
    expect(
      criteria.filter((c) => c.level === 'supports' && !c.tests.length).map((c) => c.id),
    ).toEqual([]);
  });

  test('anything short of "supports" says what is planned or why it does not apply', () => {
    for (const c of criteria.filter(
      (x) => x.level === 'partially-supports' || x.level === 'does-not-support',
    ))
      expect(c.remarks, c.id).toMatch(/Planned:/);
  });

  test("its OpenACR form validates against OpenACR's schema", () => {
    const schema = JSON.parse(
      readFileSync(resolve(root, 'src/content/openacr/openacr-0.1.0.schema.json'), 'utf8'),
    );
    const report = buildReport(
      catalog,
      { ...data, reportDate: new Date(data.reportDate), criteria },
      productOf(site, { version: '0.0.0', description: 'd' }, new URL('https://x.example/')),
    );
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(toOpenAcr(report, data.catalog)), JSON.stringify(validate.errors)).toBe(true);
  });
});
