import type { Page } from '@playwright/test';
import { entry, planWith } from '../support/conversations';
import { expect, savePlans, test } from '../support/site';

/** Opens the conversations page with these plans saved, the first one current. */
async function openWith(
  page: Page,
  plans: ReturnType<typeof planWith>[],
  path = '/tools/conversations/',
) {
  await savePlans(page, plans);
  await page.goto(path);
  await expect(page.locator('.cv-row')).toHaveCount(plans.length);
}

const stored = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('iik:plans:v3')!).plans.length as number);

for (const path of ['/tools/conversations/', '/embed/conversations/'])
  test(`on ${path}, "New plan" asks for the person's name instead of making a plan without one`, async ({
    page,
  }) => {
    await openWith(page, [planWith([], { id: 'priya', person: { name: 'Priya Raman' } })], path);
    await expect(page.getByRole('button', { name: 'New plan' })).toHaveCount(0);
    await page.getByRole('link', { name: 'New plan' }).click({ timeout: 5000 });
    const name = page.getByRole('textbox', { name: 'Name', exact: true });
    await expect(name).toBeFocused();
    expect(await stored(page)).toBe(1);
    await expect(page.locator('.cv-row')).toHaveCount(1);
    // Typing the name makes the plan, named after the person.
    await name.fill('Ana Silva');
    await name.press('Enter');
    await expect(page.locator('.cv-status')).toHaveText('Added Ana Silva.');
    await expect(page.getByRole('combobox', { name: 'Working on' })).toContainText('Ana Silva');
    await expect(page.getByRole('link', { name: 'Write to Ana' })).toBeVisible();
    // Asked again, the field is where focus goes again.
    await page.getByRole('button', { name: 'Download a backup' }).focus();
    await page.getByRole('link', { name: 'New plan' }).click();
    await expect(name).toBeFocused();
  });

test('elsewhere "New plan" still makes a plan at once', async ({ page }) => {
  await page.goto('/tools/checklist/');
  await page.getByRole('button', { name: 'New plan' }).click();
  await expect(page.getByRole('combobox', { name: 'Working on' })).toContainText('Conversation 2');
});

test('a plan without the person’s name says whose plan it is, never "Write to Conversation"', async ({
  page,
}) => {
  const unnamed = planWith([], { id: 'c2', person: { name: '' } });
  unnamed.name = 'Conversation 2';
  await openWith(page, [unnamed, planWith([entry('asked', '2026-11-20')], { id: 'ben' })]);
  const row = page.locator('.cv-row').filter({ hasText: 'Conversation 2' });
  await expect(
    row.getByRole('link', { name: 'Write to the person in “Conversation 2”' }),
  ).toBeVisible();
  await expect(page.getByText(/Write to Conversation\b/)).toHaveCount(0);
});

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('each debrief label stands clear of the box above it', async ({ page }) => {
    await openWith(page, [
      planWith([entry('asked', '2026-11-20'), entry('talked', '2026-11-25')], { id: 'priya' }),
    ]);
    await page.getByText('Debrief of your talk with Priya').click();
    const advice = page.getByLabel('The advice I got');
    await expect(advice).toBeVisible();
    const gaps = await page.locator('.cv-debrief label').evaluateAll((labels) =>
      labels.flatMap((label) => {
        // The control just before this label's field, in the page's order.
        const controls = [...document.querySelectorAll('.cv-debrief :is(input, textarea, button)')];
        const before = controls.filter(
          (c) => c.compareDocumentPosition(label) & Node.DOCUMENT_POSITION_FOLLOWING,
        );
        const above = before.at(-1);
        if (!above) return [];
        const gap = label.getBoundingClientRect().top - above.getBoundingClientRect().bottom;
        return [{ label: label.textContent!.trim(), gap: Math.round(gap) }];
      }),
    );
    expect(gaps.length).toBeGreaterThanOrEqual(3);
    for (const { label, gap } of gaps) expect(gap, label).toBeGreaterThanOrEqual(8);
  });
});
