import { publishedGuides } from '../support/content';
import { builtPages, expect, fileTest, test } from '../support/site';
import { builtDocument } from '../support/pages';

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

fileTest(
  'previous/next links chain through every guide exactly once, in the order of /guides/',
  () => {
    // The links are in the built HTML: read from dist/, no browser visit per guide.
    const links = (path: string, selector: string) =>
      [...builtDocument(path).querySelectorAll<HTMLAnchorElement>(selector)].map(
        (a) => new URL(a.getAttribute('href')!, `http://localhost${path}`).pathname,
      );
    const listed = links('/guides/', '.guide-list > li > a');
    expect(listed.toSorted()).toEqual(publishedGuides().map((g) => `/guides/${g.slug}/`));
    expect(listed.toSorted()).toEqual(guidePaths.toSorted());

    const visited: string[] = [];
    let path: string | undefined = listed[0];
    expect(links(path, 'a[rel="prev"]')).toEqual([]);
    while (path) {
      expect(visited, `${path} reached twice`).not.toContain(path);
      visited.push(path);
      const next: string | undefined = links(path, 'a[rel="next"]')[0];
      if (next) expect(links(next, 'a[rel="prev"]'), next).toEqual([path]);
      path = next;
    }
    expect(visited).toEqual(listed);
  },
);

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
