import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { builtPages, expect, test } from '../support/site';

/**
 * Links glued to the word beside them ("Theone-month plan"): a link shown inline in running
 * text whose first or last character meets a letter or digit with no space between. Astro and
 * JSX drop the line break between `{text}` and a following `<a>`, so this is easy to write and
 * hard to see in the source. Punctuation beside a link ("(", "“", ".", ",") is fine. Text counts
 * as beside the link only when it flows in the same lines: the nearest box around both that is
 * not inline (a paragraph, list item, cell, caption…). A hidden paragraph counts too, as it is
 * shown in some situation, and so does a `<noscript>` note on the page without JavaScript.
 */
function gluedLinks(page: Page): Promise<string[]> {
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

test.describe('no link in running text is glued to the word beside it', () => {
  for (const path of builtPages()) {
    test(path, async ({ page, browser }) => {
      await page.goto(path, { waitUntil: 'networkidle' });
      expect(await gluedLinks(page), 'with JavaScript').toEqual([]);
      // The built HTML as it is, <noscript> notes included.
      const context = await browser.newContext({ javaScriptEnabled: false });
      const plain = await context.newPage();
      await plain.goto(path);
      expect(await gluedLinks(plain), 'without JavaScript').toEqual([]);
      await context.close();
    });
  }
});

/** The text Pagefind indexed for each page (its fragments are gzipped JSON after a signature). */
function indexedPages(): { url: string; content: string }[] {
  const dir = 'dist/pagefind/fragment';
  return readdirSync(dir).map((name) => {
    const text = gunzipSync(readFileSync(`${dir}/${name}`)).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
  });
}

const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];

test.describe('search excerpts keep words apart', () => {
  const indexed = indexedPages();
  test('Pagefind indexed the guides', () => {
    expect(indexed.length).toBeGreaterThan(5);
  });
  // Pagefind reads the HTML, not the layout: two elements side by side without a space between
  // them ("Sample message" as a box's label, then its title) become one word in its excerpts,
  // though the page shows them apart. Every word it indexed must be a word of the page.
  for (const { url, content } of indexed) {
    test(url, async ({ page }) => {
      await page.goto(url);
      const onPage = await page.evaluate(() => {
        const texts = [document.body.innerText];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push((n as Text).data);
        return texts;
      });
      const known = new Set(onPage.flatMap(words));
      expect(words(content).filter((w) => !known.has(w))).toEqual([]);
    });
  }
});
