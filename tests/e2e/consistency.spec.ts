import type { Page } from '@playwright/test';
import { builtHtml, builtPages, expect, fileTest, test } from '../support/site';
import { storageNotes } from '../../src/lib/strings/embed';
import { handoffOfferText, handoffSendText } from '../../src/lib/strings/handoff';
import { planImportText } from '../../src/lib/strings/plan-manage';
import { csvErrorText } from '../../src/lib/strings/conversations';
import { fill } from '../../src/lib/shared/fill';
import { builderText } from '../../src/lib/strings/question-builder';

/**
 * WCAG 3.2.3 Consistent Navigation, 3.2.6 Consistent Help and 3.2.4 Consistent Identification:
 * the header navigation and the footer links (where help lives) are the same, in the same
 * order, on every page that has them; the plan bar is the same on the full site and in an embed;
 * and wording that names a control names it as the control reads.
 */
/** The links (text and address) inside the first element of the built HTML that `open` starts. */
function linksIn(html: string, open: RegExp, close: string): string[] {
  const start = html.search(open);
  if (start < 0) return [];
  const part = html.slice(start, html.indexOf(close, start));
  return [...part.matchAll(/<a\s[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)].map(
    (m) => `${m[2].replace(/<[^>]+>/g, '').trim()} -> ${m[1]}`,
  );
}

fileTest(
  'every page with the site header has the same navigation and footer links as the others in its language',
  () => {
    // The header and footer are the same HTML with or without JavaScript, so the built files say
    // it all without a browser visit per page.
    const byLang = new Map<string, { nav: string[]; footer: string[] }>();
    let checked = 0;
    for (const path of builtPages()) {
      const html = builtHtml(path);
      if (!html.includes('class="site-header"')) continue; // embeds and bare print sheets
      const lang = /<html lang="([^"]+)"/.exec(html)?.[1] ?? '';
      const now = {
        nav: linksIn(html, /<nav aria-label="[^"]*"/, '</nav>'),
        footer: linksIn(html, /<footer class="site-footer"/, '</footer>'),
      };
      const first = byLang.get(lang) ?? now;
      byLang.set(lang, first);
      expect(now, path).toEqual(first);
      checked++;
    }
    expect([...byLang.keys()].sort()).toEqual(['en', 'es']);
    for (const { nav, footer } of byLang.values()) {
      expect(nav.length).toBeGreaterThan(2);
      expect(footer.join(' ')).toContain('/accessibility/');
    }
    expect(checked).toBeGreaterThan(10);
  },
);

/** Opens the plan bar's "Rename, delete, export or import", whose code loads when opened. */
async function openPlanManage(page: Page) {
  await page.locator('.planbar summary').click();
  await expect(page.locator('.planbar').getByRole('button', { name: 'Rename' })).toBeVisible();
}

test('the plan bar on the full site and in an embed offers the same controls by the same names', async ({
  page,
}) => {
  // Two layouts render it (Tool.astro and Embed.astro), and the embed's wording sends students
  // to the full site's bar ("open … and choose …"): both must show the same bar.
  const bars: string[] = [];
  for (const path of ['/tools/checklist/', '/embed/checklist/']) {
    await page.goto(path, { waitUntil: 'networkidle' });
    await openPlanManage(page);
    bars.push(await page.locator('.planbar').ariaSnapshot());
  }
  expect(bars[0]).toContain('button "Export all plans"');
  expect(bars[1]).toEqual(bars[0]);
});

/** The names in “quotes” in a text: the controls it tells the student to use. */
const quoted = (text: string) => [...text.matchAll(/“([^”]+)”/g)].map((m) => m[1]);

/**
 * Wording that tells the student which control to use, and the page where that control must be
 * found by the same name: each instruction is checked against the controls as the page shows
 * them, not against the wording the controls are made from.
 */
const instructions: [path: string, texts: string[]][] = [
  [
    '/embed/checklist/',
    [
      storageNotes.framedParts.join(''),
      storageNotes.memory,
      handoffSendText.failed,
      fill(handoffSendText.tooLarge.other, { n: 2, length: '9,000', max: '8,000' }),
      handoffOfferText.errors.damaged,
    ],
  ],
  [
    '/tools/checklist/',
    [
      planImportText.noRoom.merge,
      fill(handoffSendText.tooLarge.other, { n: 2, length: '9,000', max: '8,000' }),
    ],
  ],
  ['/tools/conversations/', [csvErrorText.json]],
  ['/tools/question-builder/', [builderText.ui.empty]],
];

for (const [path, texts] of instructions) {
  test(`${path}: every control its wording names is there, by that name`, async ({ page }) => {
    await page.goto(path, { waitUntil: 'networkidle' });
    await openPlanManage(page);
    const names = [...new Set(texts.flatMap(quoted))];
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      // A button, link, disclosure or field label whose visible text is the name (an arrow for
      // a new tab may follow it).
      const control = page.locator('button, a, summary, label').filter({
        hasText: new RegExp(`^\\s*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`),
      });
      await expect(control.first(), name).toBeVisible();
    }
  });
}
