import { expect, pdfPageCount, test } from '../support/site';
import { openPrinted, visibleControls } from '../support/print';

test('a guide prints its text only, with link addresses spelled out', async ({ page }) => {
  await openPrinted(page, '/guides/reaching-out/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('main p').first()).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('search')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  expect(await visibleControls(page)).toEqual([]);
  // A link to another site prints its address after the text.
  const after = await page.locator('main').evaluate((main) => {
    const a = document.createElement('a');
    a.href = 'https://careers.example.edu/advising';
    a.textContent = 'advising';
    main.append(a);
    return getComputedStyle(a, '::after').content;
  });
  expect(after).toContain('https://careers.example.edu/advising');
});

test('the question builder prints the list with its notes and nothing to click', async ({
  page,
}) => {
  await page.goto('/tools/question-builder/');
  await page.waitForLoadState('networkidle');
  const bank = page.getByRole('region', { name: 'Question bank' });
  await bank.getByRole('button', { name: 'Add', exact: true }).first().click();
  await page.getByLabel('Write your own question').fill('What surprised you in your first year?');
  await page.getByLabel('Write your own question').press('Enter');
  await page
    .getByLabel('Notes on the answer')
    .last()
    .fill('Said the first year was mostly listening.');

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText('What surprised you in your first year?')).toBeVisible();
  await expect(page.getByText('Said the first year was mostly listening.')).toBeVisible();
  await expect(bank).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.planbar')).toBeHidden();
  expect(await visibleControls(page)).toEqual([]);
});

test('the outreach tool prints the message, not the form', async ({ page }) => {
  await page.goto('/tools/outreach/');
  await page.waitForLoadState('networkidle');
  await page.getByLabel('Their name').fill('Maria');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.or-print')).toBeVisible();
  await expect(page.locator('.or-print')).toContainText('Hi Maria,');
  await expect(page.getByLabel('Their name')).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
  expect(await visibleControls(page)).toEqual([]);
});

test('the blank question sheet prints every question with ruled space for the answer', async ({
  page,
}) => {
  await openPrinted(page, '/print/question-builder/');
  expect(await visibleControls(page)).toEqual([]);
  const questions = await page.locator('.sheet-question').count();
  expect(questions).toBeGreaterThanOrEqual(5);
  // One ruled answer space per question, plus a long one for notes.
  await expect(page.locator('.sheet-list .ruled')).toHaveCount(questions);
  for (const lines of await page.locator('.sheet .ruled').all()) {
    expect((await lines.boundingBox())?.height).toBeGreaterThan(40);
  }
  // The printable sheets index promises two pages (src/lib/strings/print.ts).
  for (const format of ['Letter', 'A4'] as const) {
    expect(pdfPageCount(await page.pdf({ format })), format).toBe(2);
  }
});

test('the blank target list prints its forty numbered rows on the two pages it promises', async ({
  page,
}) => {
  await page.goto('/print/organizations/');
  await expect(page.locator('.lamp tbody tr')).toHaveCount(40);
  // The printable sheets index promises two pages (src/lib/strings/print.ts): the table runs on.
  for (const format of ['Letter', 'A4'] as const) {
    expect(pdfPageCount(await page.pdf({ format })), format).toBe(2);
  }
});
