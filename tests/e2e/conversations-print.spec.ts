import type { Page } from '@playwright/test';
import { expect, pdfPageCount, savePlans, test } from '../support/site';
import { entry, planWith } from '../support/conversations';
import { visibleControls } from '../support/print';

test('the blank conversation tracker prints as one page of ruled rows, Letter or A4', async ({
  page,
}) => {
  await page.goto('/print/conversations/');
  await expect(page.getByRole('heading', { level: 1, name: 'Conversation tracker' })).toBeVisible();
  // The table's region is a Tab stop only while it scrolls sideways (src/client/scroll-region.ts).
  const region = page.getByRole('region', { name: 'One row per person' });
  await expect(region).not.toHaveAttribute('tabindex');
  await page.setViewportSize({ width: 390, height: 800 });
  await expect(region).toHaveAttribute('tabindex', '0');
  await page.setViewportSize({ width: 1280, height: 720 });
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

/** Widths of the printed area, in CSS px: Letter and A4, across and upright, 15 mm margins. */
const paperWidths = { 'Letter landscape': 943, 'A4 landscape': 1009, Letter: 703, A4: 680 };

/** Words of the page's headings (column headings included) that run over two lines. */
const brokenHeadingWords = (page: Page) =>
  page.evaluate(() => {
    const broken: string[] = [];
    for (const heading of document.querySelectorAll('h1, h2, h3, th, .cv-print-head span')) {
      if (!heading.checkVisibility()) continue;
      const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null)
        for (const word of n.data.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(n, word.index);
          range.setEnd(n, word.index + word[0].length);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(word[0]);
        }
    }
    return broken;
  });

test('printed, no heading of the tracker breaks inside a word, on any paper', async ({ page }) => {
  await page.addInitScript(
    (stored) => localStorage.setItem('iik:plans:v2', stored),
    JSON.stringify({ plans, currentId: 'cara' }),
  );
  for (const path of ['/print/conversations/', '/tools/conversations/']) {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    for (const [paper, width] of Object.entries(paperWidths)) {
      await page.setViewportSize({ width, height: 800 });
      expect(await brokenHeadingWords(page), `${path} on ${paper}`).toEqual([]);
    }
  }
});

test('the printable sheets index lists the tracker', async ({ page }) => {
  await page.goto('/print/');
  await page.getByRole('link', { name: 'Conversation tracker' }).click();
  await expect(page).toHaveURL(/\/print\/conversations\/$/);
});

/** Four people at different stages, one of them closed and one without a connection. */
const plans = [
  planWith([], {
    id: 'cara',
    person: { name: 'Cara Diaz', organization: 'Northwind' },
    createdAt: '2026-11-11T09:00:00.000Z',
  }),
  planWith([entry('asked', '2026-11-22')], {
    id: 'priya',
    person: {
      name: 'Priya Raman',
      role: 'Urban planner',
      organization: 'City Parks',
      connection: 'school',
    },
  }),
  planWith(
    [
      entry('asked', '2026-11-20'),
      entry('replied', '2026-11-23'),
      entry('scheduled', '2026-11-23', { meetingAt: '2026-12-04T15:00:00.000Z' }),
    ],
    {
      id: 'ben',
      person: {
        name: 'Ben Ortiz',
        role: 'Nurse manager',
        organization: 'Harbor Health',
        connection: 'referral',
        referrer: 'Dana Lee',
      },
    },
  ),
  planWith(
    [
      entry('asked', '2026-11-01'),
      entry('nudged', '2026-11-08'),
      entry('closed', '2026-11-16', { reason: 'no-reply' }),
    ],
    {
      id: 'tom',
      person: {
        name: 'Tom Reyes',
        role: 'Volunteer lead',
        organization: 'Tree Trust',
        connection: 'linkedin',
      },
    },
  ),
];

/**
 * The printed table as a reader sees it: the column headings, then each line of the table with
 * the text that stands under each heading (a line with one cell, like "Closed", as itself).
 */
const printedTable = (page: Page) =>
  page.evaluate(() => {
    const shown = (e: Element) => e.checkVisibility();
    const box = (e: Element) => e.getBoundingClientRect();
    const columns = [...document.querySelectorAll('.cv-print-head span')]
      .filter(shown)
      .map((e) => ({ name: e.textContent!.trim(), left: box(e).left, right: box(e).right }));
    const lines = [...document.querySelectorAll('.cv-page li, .cv-page h2')].filter(shown);
    return {
      headings: columns.map((c) => c.name),
      lines: lines.map((line) => {
        if (line.tagName === 'H2') return [line.textContent!.trim()];
        const texts = [...line.querySelectorAll('h3, p, dd')].filter(shown);
        return columns.map((c) =>
          texts
            .filter((t) => box(t).left >= c.left - 0.5 && box(t).right <= c.right + 0.5)
            .map((t) => t.textContent!.trim())
            .join(' / '),
        );
      }),
    };
  });

test('printing the conversations page gives one table of everyone, the closed plans marked, nothing to click', async ({
  page,
}) => {
  await savePlans(page, plans, 'cara');
  await page.goto('/tools/conversations/');
  await expect(page.locator('.cv-row')).toHaveCount(4);
  await page.emulateMedia({ media: 'print' });

  expect(await printedTable(page)).toEqual({
    headings: ['Person', 'Connected', 'Stage', 'Last', 'Next'],
    lines: [
      ['Cara Diaz / Northwind', '', 'To contact', 'Nothing yet', 'Write to Cara, Wed, Nov 18'],
      [
        'Priya Raman / Urban planner, City Parks',
        'Same school (alumni)',
        'Asked',
        'Request sent, Sun, Nov 22',
        'Send Priya one nudge, Sun, Nov 29',
      ],
      [
        'Ben Ortiz / Nurse manager, Harbor Health',
        'Someone referred me, referred by Dana Lee',
        'Scheduled',
        'Time agreed, Mon, Nov 23',
        'Did you talk with Ben?, Fri, Dec 4',
      ],
      ['Closed'],
      [
        'Tom Reyes / Volunteer lead, Tree Trust',
        'LinkedIn',
        'Closed: no reply',
        'Closed, Mon, Nov 16',
        'Nothing to do',
      ],
    ],
  });
  // Ruled like a table: each row's cells share one top edge and have borders.
  const cells = page.locator('.cv-row').first().locator('.cv-facts > div');
  const tops = await cells.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
  expect(new Set(tops).size).toBe(1);
  await expect(cells.first()).toHaveCSS('border-top-style', 'solid');

  // Nothing to click and nothing of the page around it: no controls, no disclosures, no Today.
  expect(await visibleControls(page)).toEqual([]);
  await expect(page.locator('main summary').filter({ visible: true })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Today' })).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('navigation')).toBeHidden();
  // The links to the next step print as their words, without their addresses (Ben's next step,
  // "Did you talk with Ben?", is answered in Today, not in a tool: no link).
  const after = await page
    .locator('main a')
    .filter({ visible: true })
    .evaluateAll((links) => links.map((a) => getComputedStyle(a, '::after').content));
  expect(after).toEqual(['none', 'none']);
  expect(pdfPageCount(await page.pdf({ format: 'Letter', preferCSSPageSize: true }))).toBe(1);
});

test('on a phone, with an import preview open, the page prints the people and nothing of the import', async ({
  page,
}) => {
  await savePlans(page, plans, 'cara');
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/tools/conversations/');
  await expect(page.locator('.cv-row')).toHaveCount(4);
  await page.getByText('Import from a spreadsheet, or download a CSV or calendar file').click();
  await page.getByLabel('Import from a spreadsheet (CSV)').setInputFiles({
    name: 'people.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Name,Organization\nAna Silva,City Forestry\nJo Park,Museum\n'),
  });
  const preview = page.getByRole('table', { name: 'People in people.csv' });
  await expect(preview.getByRole('checkbox')).toHaveCount(2);
  // On the narrow screen the preview is one block per person, never wider than the page.
  await expect(preview.locator('tr').last()).toHaveCSS('display', 'block');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

  await page.emulateMedia({ media: 'print' });
  // The import and its preview are for the screen: on paper only the people, as the table.
  await expect(page.getByRole('heading', { name: 'People in people.csv' })).toBeHidden();
  await expect(preview).toBeHidden();
  await expect(page.getByText('Ana Silva')).toBeHidden();
  await expect(page.locator('main table').filter({ visible: true })).toHaveCount(0);
  expect(await visibleControls(page)).toEqual([]);
  await expect(page.locator('.cv-row').filter({ visible: true })).toHaveCount(4);
  expect((await printedTable(page)).headings).toEqual([
    'Person',
    'Connected',
    'Stage',
    'Last',
    'Next',
  ]);
});
