import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, pdfPageCount, test } from '../support/site';

/** Form controls and buttons a printed page still shows (there should be none). */
const visibleControls = (page: Page) =>
  page
    .locator('main button, main input, main select, main textarea')
    .evaluateAll((els) => els.filter((e) => e.checkVisibility()).map((e) => e.outerHTML));

test('the blank conversation tracker prints as one page of ruled rows, Letter or A4', async ({
  page,
}) => {
  await page.goto('/print/conversations/');
  await expect(page.getByRole('heading', { level: 1, name: 'Conversation tracker' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  expect(await visibleControls(page)).toEqual([]);
  const table = page.getByRole('table', { name: 'One row per person' });
  await expect(table.getByRole('columnheader')).toHaveCount(9);
  await expect(table.getByRole('columnheader').first()).toHaveText('Name');
  const rows = table.locator('tbody tr');
  expect(await rows.count()).toBeGreaterThanOrEqual(10);
  // Room to write by hand: every row at least 8 mm (30 CSS px) tall.
  for (const row of await rows.all()) expect((await row.boundingBox())!.height).toBeGreaterThan(30);
  // The printable sheets index promises one landscape page (src/lib/strings/print.ts); the
  // sheet asks for landscape, and still fits one page if a browser prints it upright.
  for (const format of ['Letter', 'A4'] as const) {
    for (const landscape of [true, false])
      expect(
        pdfPageCount(await page.pdf({ format, landscape })),
        `${format}, landscape ${landscape}`,
      ).toBe(1);
    expect(pdfPageCount(await page.pdf({ format, preferCSSPageSize: true })), format).toBe(1);
  }
});

test('the printable sheets index lists the tracker', async ({ page }) => {
  await page.goto('/print/');
  await page.getByRole('link', { name: 'Conversation tracker' }).click();
  await expect(page).toHaveURL(/\/print\/conversations\/$/);
});

test('the conversations page’s print rules give a clean table without controls', async ({
  page,
}) => {
  // The rules the conversations page imports, on a table like its own, narrow enough that
  // the screen rules reflow it into blocks (as the import preview's own CSS does).
  const css = [
    'src/components/islands/conversations/print.css',
    'src/components/islands/conversations/DataTools.css',
  ]
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  await page.setViewportSize({ width: 320, height: 640 });
  await page.setContent(`<!doctype html><html lang="en"><head><title>t</title><style>${css}</style></head><body><main>
    <form><label for="q">Filter</label><input id="q"></form>
    <table class="cd-table"><thead><tr><th scope="col">Name</th><th scope="col">Stage</th></tr></thead>
    <tbody><tr><th scope="row"><label><input type="checkbox"> Priya Raman</label></th><td data-label="Stage">Asked <button type="button">Mark nudged</button></td></tr></tbody></table>
    <section class="cd"><button type="button">Download CSV</button></section>
  </main></body></html>`);
  const cell = page.getByRole('cell', { name: /Asked/ });
  await expect(page.locator('tr').first()).toHaveCSS('display', 'block');
  await page.emulateMedia({ media: 'print' });
  expect(await visibleControls(page)).toEqual([]);
  await expect(page.getByText('Filter')).toBeHidden();
  await expect(page.getByText('Priya Raman')).toBeVisible();
  await expect(page.locator('table')).toHaveCSS('display', 'table');
  await expect(page.locator('thead')).toHaveCSS('display', 'table-header-group');
  await expect(page.getByRole('columnheader', { name: 'Stage' })).toBeVisible();
  await expect(cell).toHaveCSS('display', 'table-cell');
  await expect(cell).toHaveCSS('border-top-style', 'solid');
  expect(await cell.evaluate((td) => getComputedStyle(td, '::before').content)).toBe('none');
});
