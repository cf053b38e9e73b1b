import { builtPages, expect, test } from '../support/site';

// WCAG 1.4.10 Reflow: at 320 CSS pixels wide nothing may need sideways scrolling.
test.use({ viewport: { width: 320, height: 640 } });

for (const path of builtPages()) {
  test(`${path} fits a 320 px wide screen without scrolling sideways`, async ({ page }) => {
    await page.goto(path, { waitUntil: 'networkidle' });
    // Open every disclosure, so content that only shows on request is measured too.
    await page.locator('details:not([open]) > summary').evaluateAll((summaries) => {
      for (const s of summaries) (s as HTMLElement).click();
    });
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const wide = [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.right > width + 0.5 && getComputedStyle(el).position !== 'fixed';
        })
        .filter((el) => !el.closest('.visually-hidden, [hidden]'))
        .slice(0, 5)
        .map((el) => {
          const r = el.getBoundingClientRect();
          const name = `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''}`;
          return `${name} (x ${Math.round(r.left)} to ${Math.round(r.right)})`;
        });
      return { scroll: document.documentElement.scrollWidth - width, wide };
    });
    expect(
      overflow.scroll,
      `scrolls sideways by ${overflow.scroll} px: ${overflow.wide.join(', ')}`,
    ).toBeLessThanOrEqual(0);
  });
}
