/**
 * Checks that the end-to-end suite runs on every built page, in the one visit each page gets
 * (tests/e2e/quality.spec.ts): each reads the page as it stands and returns what it found.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

/**
 * Links glued to the word beside them ("Theone-month plan"): a link shown inline in running
 * text whose first or last character meets a letter or digit with no space between. Astro and
 * JSX drop the line break between `{text}` and a following `<a>`, so this is easy to write and
 * hard to see in the source. Punctuation beside a link ("(", "“", ".", ",") is fine. Text counts
 * as beside the link only when it flows in the same lines: the nearest box around both that is
 * not inline (a paragraph, list item, cell, caption…). A hidden paragraph counts too, as it is
 * shown in some situation, and so does a `<noscript>` note on the page without JavaScript.
 */
export function gluedLinks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const word = /[\p{L}\p{N}]/u;
    const flows = (e: Element) => ['inline', 'contents'].includes(getComputedStyle(e).display);
    /** The box whose lines `node` is laid out in. */
    const lineBox = (node: Node) => {
      let e = node instanceof Element ? node : node.parentElement!;
      if (node instanceof Element) e = e.parentElement!;
      while (e.parentElement && flows(e)) e = e.parentElement;
      return e;
    };
    const found: string[] = [];
    for (const link of document.querySelectorAll('body a')) {
      if (!flows(link) || !link.textContent!.trim()) continue;
      const box = lineBox(link);
      let before = '';
      let after = '';
      const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (link.contains(n)) continue;
        // A line break separates as a space does.
        const text = n instanceof HTMLBRElement ? ' ' : n instanceof Text ? n.data : '';
        if (!text || lineBox(n) !== box) continue;
        if (link.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_PRECEDING) before += text;
        else after += text;
      }
      const text = link.textContent!;
      const glued = [
        before && word.test(before.at(-1)!) && word.test(text[0]) && `${before.slice(-15)}|${text}`,
        after && word.test(after[0]) && word.test(text.at(-1)!) && `${text}|${after.slice(0, 15)}`,
      ].filter(Boolean) as string[];
      found.push(...glued);
    }
    return found;
  });
}

/**
 * WCAG 1.4.10 Reflow at the page's current width: opens every disclosure, so content that only
 * shows on request is measured too, then returns how far the page scrolls sideways and up to
 * five elements that reach past the right edge.
 */
export async function sidewaysOverflow(page: Page): Promise<{ scroll: number; wide: string[] }> {
  await page.locator('details:not([open]) > summary').evaluateAll((summaries) => {
    for (const s of summaries) (s as HTMLElement).click();
  });
  await page.waitForLoadState('networkidle');
  return page.evaluate(() => {
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
}

/** The text Pagefind indexed for each page (its fragments are gzipped JSON after a signature). */
export function indexedPages(dir = 'dist/pagefind/fragment'): { url: string; content: string }[] {
  return readdirSync(dir).map((name) => {
    const text = gunzipSync(readFileSync(`${dir}/${name}`)).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
  });
}

/** The words of a text: runs of letters and digits. */
export const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Words Pagefind indexed that the page does not show as words. Pagefind reads the HTML, not the
 * layout: two elements side by side without a space between them ("Sample message" as a box's
 * label, then its title) become one word in its excerpts, though the page shows them apart.
 */
export async function wordsNotOnPage(page: Page, indexed: string): Promise<string[]> {
  const onPage = await page.evaluate(() => {
    const texts = [document.body.innerText];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push((n as Text).data);
    return texts;
  });
  const known = new Set(onPage.flatMap(words));
  return words(indexed).filter((w) => !known.has(w));
}

/**
 * WCAG 1.4.12 Text Spacing and 1.4.4 Resize Text, on the page as it stands: with `css` added as
 * a user style sheet would add it (a constructed sheet, which the CSP allows), the text that is
 * cut off and how far the page scrolls sideways. The sheet is taken away again afterwards.
 */
export function textSpacingProblems(
  page: Page,
  css: string,
): Promise<{ clipped: string[]; scroll: number }> {
  return page.evaluate((text) => {
    const before = [...document.adoptedStyleSheets];
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    document.adoptedStyleSheets = [...before, sheet];
    const clipped = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.checkVisibility() && !el.closest('.visually-hidden, .skip-link'))
      .filter((el) => {
        const s = getComputedStyle(el);
        const hides = (v: string) => v === 'hidden' || v === 'clip';
        const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim());
        return (
          own &&
          ((hides(s.overflowX) && el.scrollWidth > el.clientWidth + 1) ||
            (hides(s.overflowY) && el.scrollHeight > el.clientHeight + 1))
        );
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    const scroll = document.documentElement.scrollWidth - document.documentElement.clientWidth;
    document.adoptedStyleSheets = before;
    return { clipped, scroll };
  }, css);
}
