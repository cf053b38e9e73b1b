import { expect, test } from '../support/site';
import { campaignRecord } from '../support/campaign';

/**
 * A real campaign's size: 300 people saved. What does not vary from run to run is asserted here
 * (the people rendered at first, the page's element count); the times are `npm run bench`'s.
 */
test.beforeEach(async ({ page }) => {
  const record = JSON.stringify(campaignRecord(300));
  await page.addInitScript((stored) => {
    if (!localStorage.getItem('iik:seeded')) {
      localStorage.setItem('iik:plans:v3', stored);
      localStorage.setItem('iik:seeded', '1');
    }
  }, record);
});

test('with 300 people, the list shows 25 at first, more on request, and the filter searches everyone', async ({
  page,
}) => {
  await page.goto('/tools/conversations/');
  const cards = page.locator('.cv-list .cv-row');
  await expect(cards).toHaveCount(25);
  await expect(page.locator('.cv-count')).toHaveText(/^\d+ of 300 people$/);
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
  expect(elements, 'DOM elements after load').toBeLessThan(1500);

  // "Show more" adds 25 and takes focus to the first of them, so the keyboard carries on there.
  const more = page
    .locator('.cv-list')
    .getByRole('button', { name: /^Show more \(\d+ not shown yet\)$/ });
  const before = await cards
    .nth(25 - 1)
    .locator('h3')
    .textContent();
  await more.click();
  await expect(cards).toHaveCount(50);
  await expect(cards.nth(25).locator('h3')).toBeFocused();
  expect(await cards.nth(24).locator('h3').textContent()).toBe(before);

  // The filter finds a person wherever they are in the list.
  await page.getByLabel('Find by name or organization').fill('Person 287 Example');
  await expect(cards).toHaveCount(1);
  await expect(cards.first().locator('h3')).toHaveText('Person 287 Example');
  await page.getByLabel('Find by name or organization').fill('');

  // Printing lists everyone, open and closed.
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await expect(page.locator('.cv-row')).toHaveCount(300);
  // And then the page is as the student left it.
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  await expect(cards).toHaveCount(50);
});

test('with 300 people, a step marked done in Today is saved and focus moves on to the next', async ({
  page,
}) => {
  await page.goto('/tools/conversations/');
  const first = page.locator('.cv-today .cv-item').first();
  await expect(first).toBeVisible();
  const step = (await first.locator('a, strong').first().textContent())!;
  const done = first.getByRole('button', { name: `Mark done: ${step}` });
  await done.click();
  await expect(page.locator('.cv-status')).toHaveText(`Done: ${step}.`);
  expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
});

test('with 300 people, the plan switcher lists the latest, finds anyone, and the outreach tool keeps up with typing', async ({
  page,
}) => {
  await page.goto('/tools/outreach/');
  const switcher = page.getByLabel('Working on');
  await expect(switcher.locator('option')).toHaveCount(20);
  await page.getByLabel('Find a plan').fill('person 287');
  await expect(switcher.locator('option')).toHaveCount(2);
  await expect(page.locator('.planbar-status')).toHaveText(
    '1 of 300 plans match. Choose one under “Working on”.',
  );
  await switcher.selectOption({ label: 'Person 287' });
  await expect(page.getByLabel('Their name')).toHaveValue('Person 287 Example');
  await page.getByLabel('Their role or job title').fill('Senior analyst');
  await expect(page.getByLabel('Message', { exact: true })).toHaveValue(/a Senior analyst/);
  await page.reload();
  await expect(page.getByLabel('Their role or job title')).toHaveValue('Senior analyst');
});
