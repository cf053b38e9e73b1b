import type { Page } from '@playwright/test';
import { expect, test } from '../support/site';

/**
 * The keyboard alone, page by page (WCAG 2.1.1, 2.1.2, 2.4.1, 2.4.3, 2.4.7, 2.4.11, 3.2.1,
 * 3.2.2): Tab from the top reaches every visible control in source order, each with a visible
 * focus outline, on screen and not covered, without the page changing, and leaves the last one.
 */
const pages = [
  '/',
  '/guides/linkedin/',
  '/tools/question-builder/',
  '/tools/outreach/',
  '/tools/checklist/',
  '/tools/introduction/',
  '/tools/conversations/',
  '/tools/organizations/',
  '/embed/',
  '/accessibility/report/',
  '/privacy/security/',
];

async function open(page: Page, path: string) {
  await page.goto(path, { waitUntil: 'networkidle' });
  await expect(page.locator('[data-island]:not([data-hydrated])')).toHaveCount(0);
}

/** Marks every control Tab should reach (one radio per group) with its source position. */
const markControls = (page: Page) =>
  page.evaluate(() => {
    const selector =
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex]';
    const seenRadio = new Set<string>();
    let n = 0;
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if ((el as HTMLButtonElement).disabled || el.tabIndex < 0 || !el.checkVisibility()) continue;
      if (el.closest('[inert], .visually-hidden:not(:focus-within)') && !el.matches('.skip-link'))
        continue;
      if (el instanceof HTMLInputElement && el.type === 'radio') {
        if (seenRadio.has(el.name)) continue;
        seenRadio.add(el.name);
      }
      el.dataset.kbd = String(n++);
    }
    return n;
  });

/** What the focused element looks like, read after each Tab. */
const focusState = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const r = el.getBoundingClientRect();
    // A link that wraps has one box per line: it is uncovered when any line of it is.
    const uncovered = [...el.getClientRects()].some((box) => {
      const x = Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1);
      const y = Math.min(Math.max(box.top + Math.min(box.height / 2, 10), 0), innerHeight - 1);
      const hit = document.elementFromPoint(x, y);
      return (
        !!hit &&
        (hit === el ||
          el.contains(hit) ||
          hit.contains(el) ||
          (hit instanceof HTMLLabelElement && hit.control === el))
      );
    });
    const onScreen = r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
    return {
      kbd: el.dataset.kbd ?? null,
      name: `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`,
      frame: el.tagName === 'IFRAME',
      outlined,
      visible: onScreen && uncovered,
    };
  });

for (const path of pages) {
  test(`${path}: Tab reaches every control in order, visibly, and leaves the page`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await open(page, path);
    const positive = await page
      .locator('[tabindex]')
      .evaluateAll((els) => els.filter((e) => (e as HTMLElement).tabIndex > 0).length);
    expect(positive, 'elements with a positive tabindex').toBe(0);
    const total = await markControls(page);
    const url = page.url();
    let popups = 0;
    page.on('popup', () => popups++);

    const reached: number[] = [];
    const problems: string[] = [];
    for (let step = 0; step < total + 400; step++) {
      await page.keyboard.press('Tab');
      const state = await focusState(page);
      if (!state) break; // focus left the page: no trap
      if (state.kbd === null) continue;
      const k = Number(state.kbd);
      // Tab stays on one element while it walks its parts: the fields of a date and time
      // input, or the controls inside an embed preview's frame.
      if (reached.at(-1) === k) continue;
      if (reached.includes(k)) break; // wrapped around to the top
      reached.push(k);
      if (!state.outlined && !state.frame) problems.push(`${state.name}: no focus outline`);
      if (!state.visible) problems.push(`${state.name}: off screen or covered`);
      expect(page.url(), 'focus changed the page').toBe(url);
    }
    expect(problems).toEqual([]);
    expect(popups, 'windows opened by focus').toBe(0);
    // Every control, each once, in source order.
    expect(reached).toEqual([...Array(total).keys()]);
  });
}

test('the first Tab stop skips to the main content', async ({ page }) => {
  await open(page, '/guides/linkedin/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

for (const path of [
  '/tools/question-builder/',
  '/tools/outreach/',
  '/tools/checklist/',
  '/tools/conversations/',
]) {
  test(`${path}: changing a select menu changes no page and keeps focus`, async ({ page }) => {
    await open(page, path);
    const url = page.url();
    const selects = page.locator('main select:visible');
    const count = await selects.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const select = selects.nth(i);
      if (await select.isDisabled()) continue;
      await select.focus();
      await page.keyboard.press('ArrowDown');
      await expect(select).toBeFocused();
      expect(page.url()).toBe(url);
      await page.keyboard.press('ArrowUp');
    }
  });
}
