import type { Locator } from '@playwright/test';
import { toolIds } from '../../src/lib/shared/tools';
import { toolNames } from '../../src/lib/strings/embed';
import { toolSummaries } from '../../src/lib/strings/tools';
import { expect, sitemapPages, test } from '../support/site';

/** Each tool of the toolkit is in `list` as a link to its page, with its line of what it does. */
async function expectEveryTool(list: Locator) {
  await expect(list.getByRole('listitem')).toHaveCount(toolIds.length);
  for (const id of toolIds) {
    const item = list.getByRole('listitem').filter({ hasText: toolNames[id] });
    await expect(item.getByRole('link', { name: toolNames[id] })).toHaveAttribute(
      'href',
      `/tools/${id}/`,
    );
    await expect(item).toContainText(toolSummaries[id]);
  }
}

test('/tools/ lists every tool with what it does, and each name opens the tool', async ({
  page,
}) => {
  await page.goto('/tools/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tools');
  await expectEveryTool(page.getByRole('main').getByRole('list'));
  await page.getByRole('link', { name: toolNames.conversations }).click();
  await expect(page).toHaveURL(/\/tools\/conversations\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the home page lists every tool, the conversations tracker included', async ({ page }) => {
  await page.goto('/');
  const section = page.getByRole('region', { name: 'Tools that stay on your device' });
  await expectEveryTool(section.getByRole('list'));
});

test('the footer leads to the list of tools, which is in the sitemap', async ({ page }) => {
  await page.goto('/guides/');
  await page.locator('.site-footer').getByRole('link', { name: 'All tools' }).click();
  await expect(page).toHaveURL(/\/tools\/$/);
  expect(sitemapPages()).toContain('/tools/');
});
