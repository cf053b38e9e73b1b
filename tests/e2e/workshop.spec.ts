import { existsSync } from 'node:fs';
import { expect, test } from '../support/site';
import { WORKSHOP_MINUTES } from '../../src/lib/workshop/outline';
import { printText } from '../../src/lib/strings/print';
import { workshopText } from '../../src/lib/strings/workshop';
import { strings } from '../../src/lib/i18n/strings';
import { openPrinted } from '../support/print';

const { printText: spanishPrint } = strings('print', 'es');

/** The printable sheets the build made, as the workshop should list them. */
const sheets = Object.entries(printText.sheets).filter(([slug]) =>
  existsSync(`dist/print/${slug}/index.html`),
);

test('the workshop fills the session part by part and lists every sheet to hand out', async ({
  page,
}) => {
  await page.goto('/workshop/');
  const parts = page.locator('.part');
  const times = await parts.locator('.time').allTextContents();
  expect(times[0]).toMatch(/^Minutes 0 to /);
  expect(times.at(-1)).toMatch(new RegExp(` to ${WORKSHOP_MINUTES}$`));
  // Each part starts where the one before it ended.
  const spans = times.map((t) =>
    t
      .match(/(\d+) to (\d+)/)!
      .slice(1)
      .map(Number),
  );
  spans.slice(1).forEach(([start], i) => expect(start).toBe(spans[i][1]));

  for (const part of await parts.all()) {
    await expect(part.getByText(workshopText.say)).toBeVisible();
    await expect(part.getByText(workshopText.activity)).toBeVisible();
    await expect(part.locator('a[href^="/guides/"]').first()).toBeVisible();
  }

  const handouts = page.getByRole('region', { name: workshopText.beforeTitle });
  expect(sheets.length).toBeGreaterThanOrEqual(3);
  for (const [slug, sheet] of sheets) {
    await expect(handouts.getByRole('link', { name: sheet.title })).toHaveAttribute(
      'href',
      `/print/${slug}/`,
    );
    // Each sheet in Spanish too, named by its Spanish title, for students who read Spanish first.
    const spanish = handouts.getByRole('link', {
      name: spanishPrint.sheets[slug as keyof typeof spanishPrint.sheets].title,
    });
    await expect(spanish).toHaveAttribute('href', `/es/print/${slug}/`);
    await expect(spanish).toHaveAttribute('lang', 'es');
  }
  // And where a part of the session hands a sheet out.
  await expect(page.locator('.part a[href^="/es/print/"]')).toHaveCount(
    await page.locator('.part a[href^="/print/"]').count(),
  );
});

test('the workshop prints its outline without the site navigation', async ({ page }) => {
  await openPrinted(page, '/workshop/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(workshopText.title);
  await expect(page.locator('.part').last()).toBeVisible();
  await expect(page.locator('.site-footer')).toBeHidden();
});

test('the footer and the embed page lead to the workshop', async ({ page }) => {
  await page.goto('/');
  await page.locator('.site-footer').getByRole('link', { name: 'Run a workshop' }).click();
  await expect(page).toHaveURL(/\/workshop\/$/);
  await page.goto('/embed/');
  await expect(page.getByRole('link', { name: 'workshop plan' })).toHaveAttribute(
    'href',
    '/workshop/',
  );
});
