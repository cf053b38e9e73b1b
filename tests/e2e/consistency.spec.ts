import type { Page } from '@playwright/test';
import { builtPages, expect, test } from '../support/site';

/**
 * WCAG 3.2.3 Consistent Navigation, 3.2.6 Consistent Help and 3.2.4 Consistent Identification:
 * the header navigation and the footer links (where help lives) are the same, in the same
 * order, on every page that has them, and the plan bar has the same controls above every tool.
 */
const links = (page: Page, selector: string) =>
  page
    .locator(selector)
    .evaluateAll((as) => as.map((a) => `${a.textContent?.trim()} -> ${a.getAttribute('href')}`));

test('every page with the site header has the same navigation and footer links', async ({
  page,
}) => {
  test.setTimeout(120_000);
  let first: { nav: string[]; footer: string[] } | undefined;
  let checked = 0;
  for (const path of builtPages()) {
    await page.goto(path);
    if (!(await page.locator('.site-header').count())) continue; // embeds and bare print sheets
    const now = {
      nav: await links(page, 'nav[aria-label="Main"] a'),
      footer: await links(page, '.site-footer a'),
    };
    first ??= now;
    expect(now, path).toEqual(first);
    checked++;
  }
  expect(first!.nav.length).toBeGreaterThan(2);
  expect(first!.footer.join(' ')).toContain('/accessibility/');
  expect(checked).toBeGreaterThan(10);
});

test('the plan bar offers the same controls, by the same names, above every tool', async ({
  page,
}) => {
  const names: string[][] = [];
  for (const path of ['/tools/question-builder/', '/tools/outreach/', '/tools/checklist/']) {
    await page.goto(path, { waitUntil: 'networkidle' });
    await page.locator('.planbar summary').click();
    // Plan management loads when opened: read the controls once they are there.
    await expect(page.locator('.planbar').getByRole('button', { name: 'Rename' })).toBeVisible();
    names.push(
      await page
        .locator('.planbar')
        .getByRole('button')
        .evaluateAll((bs) => bs.map((b) => b.textContent!.trim())),
    );
  }
  expect(names[0].length).toBeGreaterThan(2);
  expect(names[1]).toEqual(names[0]);
  expect(names[2]).toEqual(names[0]);
});
