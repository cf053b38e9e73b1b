import { publishedGuides } from '../support/content';
import { builtPages, expect, test } from '../support/site';

/** Guide pages in the build (section pages excluded), as paths. */
const guidePaths = builtPages().filter((p) => /^\/guides\/[^/]+\/$/.test(p));

test.describe('search finds the right guide first', () => {
  const cases = [
    { query: 'alumni', title: 'Your college and alumni network' },
    { query: 'thank-you', title: 'After the conversation: thank-you notes and keeping in touch' },
    { query: 'LinkedIn', title: 'Using LinkedIn to find people' },
    // The guides for students the first course left out (issue 26).
    { query: 'sponsorship', title: 'International students: networking in a new country' },
    { query: 'oSTEM', title: 'When your network is small' },
    { query: 'bootcamps', title: 'Changing careers' },
    { query: 'advocates', title: 'From conversation to opportunity' },
    { query: 'captions', title: 'Access, ethics and logistics' },
  ];
  for (const { query, title } of cases) {
    test(`"${query}" puts "${title}" first`, async ({ page, report }) => {
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      const first = page.locator('.pagefind-ui__result-link').first();
      // Pagefind loads its index on demand; allow for a busy machine.
      await expect(first).toHaveText(title, { timeout: 20_000 });
      expect(report.cspViolations).toEqual([]);
    });
  }
});

test('previous/next links chain through every guide exactly once, in the order of /guides/', async ({
  page,
}) => {
  await page.goto('/guides/');
  const listed = await page
    .locator('.guide-list > li > a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(listed.toSorted()).toEqual(publishedGuides().map((g) => `/guides/${g.slug}/`));
  expect(listed.toSorted()).toEqual(guidePaths.toSorted());

  const visited: string[] = [];
  let path: string | null = listed[0];
  await page.goto(path);
  await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
  while (path) {
    expect(visited, `${path} reached twice`).not.toContain(path);
    visited.push(path);
    const next = page.locator('a[rel="next"]');
    if ((await next.count()) === 0) break;
    const href: string = (await next.getAttribute('href'))!;
    await page.goto(href);
    await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', path);
    path = href;
  }
  expect(visited).toEqual(listed);
});

test('a guide page has a contents list, reading time, date, tool call-out and JSON-LD', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/guides/reaching-out/');
  const wide = page.locator('.toc-wide');
  await expect(wide).toBeVisible();
  await expect(page.locator('.toc-narrow')).toBeHidden();
  const h2s = await page.locator('.guide-body h2').allTextContents();
  expect(await wide.locator('a').allTextContents()).toEqual(h2s);
  await expect(page.locator('.meta')).toContainText(/\d+ min read · Updated \w+ \d+, \d{4}/);
  await expect(page.getByRole('link', { name: 'Write your message' })).toHaveAttribute(
    'href',
    '/tools/outreach/',
  );

  const blocks = await page
    .locator('script[type="application/ld+json"]')
    .evaluateAll((els) => els.map((el) => JSON.parse(el.textContent ?? '')));
  const types = blocks.flat().map((d: { '@type': string }) => d['@type']);
  expect(types).toEqual(['Article', 'BreadcrumbList']);

  await page.setViewportSize({ width: 375, height: 800 });
  await expect(wide).toBeHidden();
  const details = page.locator('.toc-narrow details');
  await expect(details).toBeVisible();
  await expect(details).not.toHaveAttribute('open');
  await page.locator('.toc-narrow summary').click();
  await expect(details.locator('a').first()).toBeVisible();
});

test('section pages list their guides and link back to the course', async ({ page }) => {
  for (const section of ['why', 'who', 'how']) {
    await page.goto(`/guides/section/${section}/`);
    expect(await page.locator('.guide-list > li').count()).toBeGreaterThanOrEqual(2);
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Guides');
  }
});
