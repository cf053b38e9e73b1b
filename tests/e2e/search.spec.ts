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
