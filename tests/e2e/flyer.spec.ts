import type { Page } from '@playwright/test';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { expect, pdfPageCount, test } from '../support/site';
import { ORG_MAX } from '../../src/lib/embed/params';
import { fill } from '../../src/lib/shared/fill';
import { flyerText } from '../../src/lib/strings/flyer';
import { configuratorLabels } from '../../src/lib/strings/embed-configurator';

/** What a phone camera would read: the QR code as the page draws it, decoded from its pixels. */
async function scanQr(page: Page): Promise<string | null> {
  const png = await page.locator('[data-flyer-qr]').screenshot();
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data ?? null;
}

/** The toolkit's public home page, as the page's canonical link names it (SITE_URL). */
async function toolkitUrl(page: Page): Promise<string> {
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  return new URL('/', canonical!).href;
}

const flyer = (page: Page) => page.getByRole('article');
const notes = (page: Page) => page.locator('[data-flyer-problem]:visible');

test('the flyer shows the career center name and prints on one page', async ({ page }) => {
  await page.goto('/print/flyer/?org=Riverside%20College%20Career%20Center');
  await expect(flyer(page).getByText('Provided by Riverside College Career Center')).toBeVisible();
  await expect(notes(page)).toHaveCount(0);

  await page.emulateMedia({ media: 'print' });
  await expect(flyer(page).getByText('Provided by Riverside College Career Center')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(flyerText.heading);
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByText(flyerText.intro)).toBeHidden();
  for (const format of ['Letter', 'A4'] as const) {
    expect(pdfPageCount(await page.pdf({ format })), format).toBe(1);
  }
});

test('its QR code decodes to the toolkit, on screen and in print', async ({ page }) => {
  await page.goto('/print/flyer/');
  const url = await toolkitUrl(page);
  expect(await scanQr(page)).toBe(url);
  await expect(flyer(page).getByText(url, { exact: true })).toBeVisible();
  await expect(page.getByRole('img', { name: `${flyerText.qrLabel} ${url}` })).toBeVisible();
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  expect(await scanQr(page)).toBe(url);
});

test('without a name it is the general flyer, on one page', async ({ page }) => {
  await page.goto('/print/flyer/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(flyerText.heading);
  await expect(page.getByText('Provided by')).toBeHidden();
  await expect(notes(page)).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  expect(pdfPageCount(await page.pdf({ format: 'Letter' }))).toBe(1);
});

test('a name with markup prints as the text typed, never as HTML', async ({ page }) => {
  const name = '<img src=x onerror="document.title=1">Riverside';
  await page.goto(`/print/flyer/?org=${encodeURIComponent(name)}`);
  await expect(flyer(page).getByText(`Provided by ${name}`)).toBeVisible();
  await expect(flyer(page).locator('img')).toHaveCount(0);
  expect(await page.title()).not.toBe('1');
});

test('an empty or overlong name gets a note on screen and a safe flyer', async ({ page }) => {
  await page.goto('/print/flyer/?org=%20%20');
  await expect(notes(page)).toHaveText([flyerText.problems.empty]);
  await expect(page.getByText('Provided by')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(notes(page)).toHaveCount(0);

  await page.emulateMedia({ media: 'screen' });
  const long =
    'Riverside College Career Center and Office of Professional Development for All Students';
  expect(long.length).toBeGreaterThan(ORG_MAX);
  await page.goto(`/print/flyer/?org=${encodeURIComponent(long)}`);
  await expect(notes(page)).toHaveText([fill(flyerText.problems['too-long'], { max: ORG_MAX })]);
  await expect(flyer(page).locator('[data-flyer-org]')).toHaveText(long.slice(0, ORG_MAX).trim());
  await page.emulateMedia({ media: 'print' });
  expect(pdfPageCount(await page.pdf({ format: 'Letter' }))).toBe(1);
});

test('the configurator writes a plain link and opens the flyer with the name', async ({ page }) => {
  await page.goto('/embed/');
  await page.getByRole('radio', { name: 'Prep checklist' }).check();
  await page.getByLabel('Institution name').fill('Riverside & Co');
  const origin = new URL(page.url()).origin;
  const address = `${origin}/embed/checklist/?org=Riverside+%26+Co`;
  await expect(page.getByLabel(configuratorLabels.ways.address.label)).toHaveValue(address);
  await expect(page.getByLabel(configuratorLabels.ways.link.label)).toHaveValue(
    `<a href="${address}">${configuratorLabels.linkTexts.checklist}</a>`,
  );
  // The address works as a page of its own, in the center's name.
  await page.goto(address);
  await expect(page.getByText('Provided by Riverside & Co')).toBeVisible();

  await page.goto('/embed/');
  await page.getByLabel('Institution name').fill('Riverside & Co');
  await page.getByRole('link', { name: configuratorLabels.openFlyer }).click();
  await expect(page).toHaveURL(/\/print\/flyer\/\?org=Riverside\+%26\+Co$/);
  await expect(flyer(page).getByText('Provided by Riverside & Co')).toBeVisible();
});
