import type { Page } from '@playwright/test';
import { expect, pdfPageCount, test } from '../support/site';
import { axeViolations } from '../support/axe';
import { openPrinted } from '../support/print';
import { sidewaysOverflow } from '../support/page-checks';

const url = '/tools/introduction/';
const said = (page: Page) => page.getByLabel('The introduction as you will say it');

/** Waits until the island has read the saved plans (its fields are enabled after mount). */
async function ready(page: Page) {
  await expect(page.getByLabel('Who you are')).toBeEnabled();
}

/** Puts the person on the plan the way a student does: in the outreach tool. */
async function personOnPlan(page: Page) {
  await page.goto('/tools/outreach/');
  await expect(page.getByLabel('Their name')).toBeEnabled();
  await page.getByLabel('Their name').fill('Maria Lopez');
  await page.getByLabel('Their role or job title').fill('UX researcher');
  await page.getByLabel('Their organization').fill('Acme Health');
}

async function fillParts(page: Page) {
  await page.getByLabel('Who you are').fill('Sam, a second-year psychology student');
  await page.getByLabel('What you are curious about').fill('how research shapes everyday apps');
  await page.getByLabel('What you hope to learn').fill('what a normal week looks like for you');
}

test('the parts join into an introduction with its time, edits and practice times are kept', async ({
  page,
  report,
}) => {
  await personOnPlan(page);
  await page.goto(url);
  await ready(page);
  await fillParts(page);
  // The person comes from the plan: the thank-you names her, and her role is the reason.
  await expect(said(page)).toHaveValue(
    "Thank you for making the time to talk, Maria. I'm Sam, a second-year psychology student. Lately I've been curious about how research shapes everyday apps. I'd love to hear about your role as UX researcher at Acme Health. In our conversation, I'd love to learn what a normal week looks like for you.",
  );
  await expect(
    page.getByText(/^53 words: about 24 seconds to say at 130 words a minute\./),
  ).toBeVisible();
  await expect(page.getByText('0 to fix, 5 fine')).toBeVisible();

  // A long edit: the time note says so, a check flags the job ask, the parts no longer rewrite it.
  const edited = `Hi Maria, I'm Sam. ${'I have studied psychology for two years and I like it a lot. '.repeat(7)}Are there any internships at Acme Health?`;
  await said(page).fill(edited);
  await expect(page.getByText('That is over 45 seconds.', { exact: false })).toBeVisible();
  await expect(
    page.getByText('Leave out jobs, internships and referrals: internships'),
  ).toBeVisible();
  await expect(page.getByText('You edited this text', { exact: false })).toBeVisible();
  await page.getByLabel('Why this person').fill('you moved from psychology into research');
  await expect(said(page)).toHaveValue(edited);

  // Practice by keyboard only: open it, start and stop the timer with the keyboard.
  await page.getByRole('button', { name: 'Practise with a timer' }).focus();
  await page.keyboard.press('Enter');
  const timer = page.getByRole('button', { name: 'Start timer' });
  await expect(timer).toBeFocused();
  await expect(page.locator('.intro-big')).toHaveText(edited);
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Stop timer' })).toBeFocused();
  await expect(page.getByRole('timer')).toContainText('0:02');
  await page.keyboard.press('Space');
  const result = page.getByRole('status').filter({ hasText: 'That took' });
  await expect(result).toHaveText(/^That took [23] seconds\.$/);
  const seconds = (await result.textContent())!.match(/\d+/)![0];
  await expect(
    page.getByText(`Last time: ${seconds} seconds. Best time: ${seconds} seconds.`),
  ).toBeVisible();

  await page.reload();
  await ready(page);
  await expect(page.getByLabel('Who you are')).toHaveValue('Sam, a second-year psychology student');
  await expect(page.getByLabel('Why this person')).toHaveValue(
    'you moved from psychology into research',
  );
  await expect(said(page)).toHaveValue(edited);
  await expect(page.getByText('You edited this text', { exact: false })).toBeVisible();
  await expect(page.getByText(`Last time: ${seconds} seconds.`, { exact: false })).toBeVisible();
  // The result was announced once; after a reload the live region is quiet.
  await expect(page.locator('.intro-result')).toHaveText('');

  // Rebuilding goes back to the parts, now with the reason the student gave.
  await page.getByRole('button', { name: 'Rebuild it from the parts' }).click();
  await expect(said(page)).toHaveValue(
    /I wanted to talk with you because you moved from psychology into research\./,
  );
  expect(report.errors).toEqual([]);
});

test('the plan’s printed question sheet and checklist start with the introduction', async ({
  page,
}) => {
  await page.goto(url);
  await ready(page);
  await fillParts(page);
  const text = await said(page).inputValue();

  for (const [tool, first] of [
    ['/tools/question-builder/', 'Your questions'],
    ['/tools/checklist/', 'Before the conversation'],
  ] as const) {
    await page.goto(tool);
    await page.waitForLoadState('networkidle');
    await expect(page.getByText('My introduction')).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    const intro = page.locator('.printed-intro');
    await expect(intro.getByRole('heading', { name: 'My introduction' })).toBeVisible();
    await expect(intro).toContainText(text);
    const introTop = (await intro.boundingBox())!.y;
    const nextTop = (await page.getByRole('heading', { name: first }).boundingBox())!.y;
    expect(introTop, `${tool}: the introduction comes first`).toBeLessThan(nextTop);
    await page.emulateMedia({ media: 'screen' });
  }
});

test('a plan without an introduction prints none', async ({ page }) => {
  await page.goto('/tools/question-builder/');
  await page.waitForLoadState('networkidle');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.printed-intro')).toHaveCount(0);
});

test('in use, the tool passes axe and does not scroll sideways at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(url);
  await ready(page);
  await fillParts(page);
  await page.getByLabel('What you hope to learn').fill('[something] and any job openings');
  await page.getByRole('button', { name: 'Practise with a timer' }).click();
  await page.getByRole('button', { name: 'Start timer' }).click();
  await page.getByRole('button', { name: 'Stop timer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'That took' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  expect((await sidewaysOverflow(page)).scroll).toBe(0);
});

test('the blank worksheet prints every part, with lines to write on, on one page', async ({
  page,
}) => {
  await openPrinted(page, '/print/introduction/');
  await expect(page.locator('.worksheet > li')).toHaveCount(4);
  // Three ruled lines per part, the first starting with its lead-in, and four for the whole.
  for (const part of await page.locator('.worksheet > li').all())
    await expect(part.locator('.worksheet-line')).toHaveCount(3);
  await expect(page.locator('.worksheet-line').first()).toHaveText("I'm");
  await expect(page.locator('.sheet .ruled > div')).toHaveCount(4);
  // The printable sheets index promises one page (src/lib/strings/print.ts).
  for (const format of ['Letter', 'A4'] as const)
    expect(pdfPageCount(await page.pdf({ format })), format).toBe(1);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page shows the four parts with examples as a worksheet', async ({ page }) => {
    await page.goto(url);
    const sheet = page.getByRole('region', { name: 'Introduction worksheet' });
    await expect(sheet).toBeVisible();
    for (const part of [
      'Who you are',
      'What you are curious about',
      'Why this person',
      'What you hope to learn',
    ])
      await expect(sheet.getByRole('heading', { name: part })).toBeVisible();
    await expect(sheet.getByText('For example:').first()).toBeVisible();
    // Each part has a student's example and a career changer's.
    await expect(sheet.getByText('Changing careers:')).toHaveCount(4);
    // The form that cannot work without JavaScript is not shown.
    await expect(page.getByLabel('Who you are')).toBeHidden();
  });
});
