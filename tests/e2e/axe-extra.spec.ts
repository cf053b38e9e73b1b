import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../support/site';

/**
 * axe beyond the run on every page (quality.spec.ts): contrast in the dark theme (WCAG 1.4.3),
 * and its experimental label-in-name rule (WCAG 2.5.3), which the default run leaves out.
 */
const pages = [
  '/',
  '/guides/linkedin/',
  '/tools/question-builder/',
  '/tools/outreach/',
  '/tools/checklist/',
  '/tools/introduction/',
  '/tools/conversations/',
  '/embed/',
  '/embed/checklist/',
  '/embed/conversations/',
  '/accessibility/report/',
  '/privacy/security/',
];

const summary = (v: { id: string; nodes: { target: unknown[] }[] }[]) =>
  v.map((x) => `${x.id}: ${x.nodes.map((n) => n.target.join(' ')).join(', ')}`);

test.describe('in the dark theme', () => {
  test.use({ colorScheme: 'dark' });
  for (const path of pages) {
    test(`${path} has enough contrast`, async ({ page }) => {
      await page.goto(path, { waitUntil: 'networkidle' });
      const axe = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
      expect(summary(axe.violations)).toEqual([]);
    });
  }
});

for (const path of pages) {
  test(`${path}: every control's name contains its visible label`, async ({ page }) => {
    await page.goto(path, { waitUntil: 'networkidle' });
    const axe = await new AxeBuilder({ page }).withRules(['label-content-name-mismatch']).analyze();
    expect(summary(axe.violations)).toEqual([]);
  });
}
