import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { parse } from 'yaml';
import pkg from '../../package.json' with { type: 'json' };
import { builtDocument } from '../support/pages';
import { expect, fileTest, test } from '../support/site';
import { parseHeaders, resolveHeaders } from '../../scripts/headers.mjs';
import { openPrinted } from '../support/print';

const data = parse(readFileSync('src/content/conformance/wcag-2.2.yaml', 'utf8'));

fileTest(
  "the built OpenACR file validates against OpenACR's schema and answers every criterion",
  () => {
    const schema = JSON.parse(
      readFileSync('src/content/openacr/openacr-0.1.0.schema.json', 'utf8'),
    );
    const acr = parse(readFileSync('dist/accessibility/openacr.yaml', 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(acr), JSON.stringify(validate.errors)).toBe(true);
    expect(acr.product.version).toBe(pkg.version);
    expect(acr.report_date).toBe(data.reportDate);
    const nums = Object.values(
      acr.chapters as Record<string, { criteria: { num: string }[] }>,
    ).flatMap((c) => c.criteria.map((x) => x.num));
    expect(nums).toHaveLength(56);
  },
);

fileTest(
  'the report page lists every criterion with its term in its HTML (no script needed)',
  () => {
    const doc = builtDocument('/accessibility/report/');
    expect(doc.querySelector('h1')?.textContent?.trim()).toBe('Accessibility Conformance Report');
    expect(doc.querySelectorAll('script:not([type="application/ld+json"])')).toHaveLength(0);
    expect(doc.querySelectorAll('tbody th[scope="row"]')).toHaveLength(56);
    const row = (id: string) => doc.getElementById(id)?.textContent ?? '';
    expect(row('sc-1.3.5')).toContain('Supports');
    expect(row('sc-1.3.5')).not.toContain('Partially');
    expect(row('sc-1.3.5')).toContain('autocomplete="name"');
    expect(row('sc-4.1.1')).toContain('Obsolete and removed in WCAG 2.2');
    expect(doc.body.textContent).toContain(pkg.version);
  },
);

test('the OpenACR file is served as YAML', async ({ request }) => {
  const res = await request.get('/accessibility/openacr.yaml');
  expect(res.ok()).toBe(true);
  expect(res.headers()['content-type']).toContain('application/yaml');
});

test('the report prints as a table, without the site navigation', async ({ page }) => {
  await openPrinted(page, '/accessibility/report/');
  await expect(page.locator('table.criteria thead').first()).toBeVisible();
});

test('the privacy and security answers show the headers public/_headers sends', async ({
  page,
}) => {
  const rules = parseHeaders(readFileSync('public/_headers', 'utf8'));
  const csp = resolveHeaders(rules, '/guides/').headers.get('content-security-policy')!;
  await page.goto('/privacy/');
  await page.getByRole('link', { name: 'privacy and security answers' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy and security answers');
  await expect(
    page.getByText(`Content-Security-Policy: ${csp}`, { exact: true }).first(),
  ).toBeVisible();
  await expect(page.getByText('Content-Security-Policy:', { exact: false })).toHaveCount(3);
  await expect(page.getByRole('heading', { name: 'What does FERPA mean here?' })).toBeVisible();
});

test('the accessibility page and the embed configurator link to the report', async ({ page }) => {
  for (const path of ['/accessibility/', '/embed/']) {
    await page.goto(path);
    await page.getByRole('link', { name: 'Accessibility Conformance Report' }).first().click();
    await expect(page).toHaveURL(/\/accessibility\/report\/$/);
  }
});
