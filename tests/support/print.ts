/** Printing, for the end-to-end tests: a page as it prints, and what of it could still be clicked. */
import { expect, type Page } from '@playwright/test';

/** Opens `path` as it prints (print media) and checks that the site's header stays off paper. */
export async function openPrinted(page: Page, path: string) {
  await page.goto(path);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
}

/** The form controls still visible in the page's main content: on paper there should be none. */
export const visibleControls = (page: Page) =>
  page
    .locator('main button, main input, main select, main textarea')
    .evaluateAll((els) => els.filter((e) => e.checkVisibility()).map((e) => e.outerHTML));
