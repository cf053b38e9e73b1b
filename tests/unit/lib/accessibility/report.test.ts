import { describe, expect, test } from 'vitest';
import {
  buildReport,
  coverageProblems,
  levelCounts,
  productOf,
  remarksWithTests,
  toOpenAcr,
  type Catalog,
  type ReportData,
} from '../../../../src/lib/accessibility/report';

const catalog: Catalog = {
  title: 'VPAT® 2.5 WCAG Edition',
  standards: [{ id: 'wcag-2.2', label: 'WCAG 2.2', url: 'https://www.w3.org/TR/WCAG22/' }],
  chapters: [
    {
      id: 'success_criteria_level_a',
      label: 'Table 1: Success Criteria, Level A',
      criteria: [
        { id: '1.1.1', handle: 'Non-text Content' },
        { id: '4.1.1', handle: 'Parsing' },
      ],
    },
    {
      id: 'success_criteria_level_aa',
      label: 'Table 2: Success Criteria, Level AA',
      criteria: [{ id: '1.3.5', handle: 'Identify Input Purpose' }],
    },
    {
      id: 'success_criteria_level_aaa',
      label: 'Table 3: Success Criteria, Level AAA',
      criteria: [{ id: '2.4.8', handle: 'Location' }],
    },
  ],
  terms: [
    { id: 'supports', label: 'Supports', description: 'Meets it.' },
    { id: 'partially-supports', label: 'Partially Supports', description: 'Some of it.' },
    { id: 'does-not-support', label: 'Does Not Support', description: 'Mostly not.' },
    { id: 'not-applicable', label: 'Not Applicable', description: 'Not relevant.' },
  ],
};

const answer = (id: string, level: ReportData['criteria'][number]['level'] = 'supports') => ({
  id,
  level,
  tests: level === 'supports' ? ['tests/e2e/quality.spec.ts'] : [],
  remarks: `How ${id} was checked.`,
  obsolete: id === '4.1.1',
});

const data = (
  criteria = [
    answer('1.1.1'),
    answer('4.1.1', 'not-applicable'),
    answer('1.3.5', 'partially-supports'),
  ],
): ReportData => ({
  catalog: '2.5-edition-wcag-2.2-en',
  reportDate: new Date('2026-12-01'),
  evaluationMethods: 'Automated tests and a review by hand.',
  engines: [{ id: 'chromium', name: 'Chromium', driver: 'Playwright', runs: 'every test.' }],
  notes: 'The whole site.',
  criteria,
});

const product = productOf(
  {
    siteName: 'Riverside Toolkit',
    organization: 'Riverside College',
    contact: { href: 'mailto:access@riverside.example?subject=Accessibility' },
  },
  { version: '1.2.3', description: 'A toolkit.' },
  new URL('https://toolkit.riverside.example/accessibility/report/'),
);

describe('coverageProblems', () => {
  test('finds nothing when every level A and AA criterion has one answer', () => {
    expect(coverageProblems(catalog, data().criteria)).toEqual([]);
  });
  test('names a criterion with no answer, an answer to no such criterion, and a repeated one', () => {
    expect(
      coverageProblems(catalog, [
        answer('1.1.1'),
        answer('1.1.1'),
        answer('2.4.8'),
        answer('9.9.9'),
      ]),
    ).toEqual([
      'Success criterion 4.1.1 has no answer.',
      'Success criterion 1.3.5 has no answer.',
      'Success criterion 1.1.1 is answered more than once.',
      'Success criterion 2.4.8 is not a level A or AA criterion of the catalog.',
      'Success criterion 9.9.9 is not a level A or AA criterion of the catalog.',
    ]);
  });
});

describe('buildReport', () => {
  test('puts the answers in catalog order with their names and VPAT terms, AAA left out', () => {
    const report = buildReport(catalog, data([...data().criteria].reverse()), product);
    expect(report.title).toBe('Riverside Toolkit Accessibility Conformance Report');
    expect(report.reportDate).toBe('2026-12-01');
    expect(
      report.chapters.map((c) => c.criteria.map((x) => [x.id, x.handle, x.levelLabel])),
    ).toEqual([
      [
        ['1.1.1', 'Non-text Content', 'Supports'],
        ['4.1.1', 'Parsing', 'Not Applicable'],
      ],
      [['1.3.5', 'Identify Input Purpose', 'Partially Supports']],
    ]);
    expect(levelCounts(report)).toEqual({
      supports: 1,
      'partially-supports': 1,
      'does-not-support': 0,
      'not-applicable': 1,
    });
  });
  test('stops the build, naming the criterion, when one is missing', () => {
    expect(() => buildReport(catalog, data([answer('1.1.1'), answer('4.1.1')]), product)).toThrow(
      'Success criterion 1.3.5 has no answer.',
    );
  });
});

describe('productOf', () => {
  test('takes the address of a mailto: contact link, and leaves it empty otherwise', () => {
    expect(product.email).toBe('access@riverside.example');
    expect(product.version).toBe('1.2.3');
    const web = productOf(
      { siteName: 'X', organization: 'Y', contact: { href: 'https://example.edu/help' } },
      { version: '1', description: 'd' },
      new URL('https://x.example/accessibility/report/'),
    );
    expect(web.email).toBe('');
  });
});

describe('toOpenAcr', () => {
  test('writes each criterion for the web component with its term and remarks with tests', () => {
    const acr = toOpenAcr(buildReport(catalog, data(), product), '2.5-edition-wcag-2.2-en');
    expect(acr.product).toEqual({
      name: 'Riverside Toolkit',
      version: '1.2.3',
      description: 'A toolkit.',
    });
    expect(acr.author.email).toBe('access@riverside.example');
    expect(acr.catalog).toBe('2.5-edition-wcag-2.2-en');
    expect(Object.keys(acr.chapters)).toEqual([
      'success_criteria_level_a',
      'success_criteria_level_aa',
    ]);
    expect(acr.chapters.success_criteria_level_a.criteria[0]).toEqual({
      num: '1.1.1',
      components: [
        {
          name: 'web',
          adherence: {
            level: 'supports',
            notes: 'How 1.1.1 was checked. Tests: tests/e2e/quality.spec.ts.',
          },
        },
      ],
    });
  });
  test('remarks without tests stay as written', () => {
    expect(remarksWithTests({ remarks: 'No video.', tests: [] })).toBe('No video.');
  });
});
