import { expect, test } from '../support/site';

/**
 * WCAG 1.4.12 Text Spacing and 1.4.4 Resize Text: with WCAG's spacing applied, or the base text
 * size doubled, no text is cut off and nothing needs sideways scrolling.
 */
const pages = [
  '/',
  '/guides/linkedin/',
  '/tools/question-builder/',
  '/tools/outreach/',
  '/tools/checklist/',
  '/accessibility/report/',
  '/privacy/security/',
];

const spacing = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;
const doubled = 'html { font-size: 200% !important; }';

for (const [name, css] of [
  ['WCAG text spacing', spacing],
  ['text at 200%', doubled],
] as const) {
  for (const path of pages) {
    test(`${path} with ${name} cuts off no text and does not scroll sideways`, async ({ page }) => {
      await page.goto(path, { waitUntil: 'networkidle' });
      // A constructed style sheet, as a user style or extension adds one: the CSP allows it.
      await page.evaluate((text) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(text);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      }, css);
      const result = await page.evaluate(() => {
        const clipped = [...document.querySelectorAll<HTMLElement>('body *')]
          .filter((el) => el.checkVisibility() && !el.closest('.visually-hidden, .skip-link'))
          .filter((el) => {
            const s = getComputedStyle(el);
            const hides = (v: string) => v === 'hidden' || v === 'clip';
            const text = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim());
            return (
              text &&
              ((hides(s.overflowX) && el.scrollWidth > el.clientWidth + 1) ||
                (hides(s.overflowY) && el.scrollHeight > el.clientHeight + 1))
            );
          })
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
        return {
          clipped,
          scroll: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        };
      });
      expect(result.clipped, 'text cut off').toEqual([]);
      expect(result.scroll, 'sideways scrolling').toBeLessThanOrEqual(0);
    });
  }
}
