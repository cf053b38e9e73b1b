import { expect, test } from '../support/site';

test('the header search finds a guide by a word from its body', async ({ page, report }) => {
  await page.goto('/guides/');
  await page.getByRole('searchbox', { name: 'Search the guides' }).fill('analyst');
  await page.getByRole('searchbox', { name: 'Search the guides' }).press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=analyst/);
  const results = page.locator('.pagefind-ui__result-link');
  // Pagefind loads its index on demand; allow for a busy machine.
  await expect(results.first()).toContainText('What an informational interview is', {
    timeout: 20_000,
  });
  expect(report.cspViolations).toEqual([]);
});

test('search offers a filter by guide section', async ({ page }) => {
  await page.goto('/search/?q=conversation');
  await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.pagefind-ui__filter-panel')).toContainText('section');
});

test('the Spanish search page searches the Spanish guides only, and speaks Spanish', async ({
  page,
}) => {
  // Maya is in the first guide in both languages: only the Spanish one may come up.
  await page.goto('/es/search/?q=Maya');
  const results = page.locator('.pagefind-ui__result-link');
  await expect(results.first()).toBeVisible({ timeout: 20_000 });
  const hrefs = await results.evaluateAll((links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.filter((h) => !h.startsWith('/es/guides/'))).toEqual([]);
  await expect(page.getByRole('searchbox', { name: 'Buscar en las guías' }).first()).toBeVisible();
  await expect(page.locator('.pagefind-ui__message')).toContainText('para Maya');
});
