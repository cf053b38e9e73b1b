import { builtPages, expect, test } from '../support/site';

// A list with no items is announced as "list, 0 items" and says nothing: render the empty-state
// text instead, or nothing.
for (const path of builtPages()) {
  test(`${path} shows no empty list`, async ({ page }) => {
    await page.goto(path, { waitUntil: 'networkidle' });
    const empty = await page
      .locator('ul:not(:has(> li)), ol:not(:has(> li))')
      .evaluateAll((lists) => lists.map((l) => `${l.tagName.toLowerCase()}.${l.className}`));
    expect(empty, 'lists without items').toEqual([]);
  });
}
