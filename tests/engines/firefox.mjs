// @ts-check
/**
 * Firefox ESR (Debian's `firefox-esr`) driven by Puppeteer over WebDriver BiDi. Playwright's
 * Firefox support expects its own patched build: with a stock Firefox it fails at the first
 * `newPage()` (`emulation.setMediaFeaturesOverride: unknown command`), while Puppeteer speaks
 * plain BiDi, which Firefox implements itself, so it needs no driver binary either.
 */
import puppeteer from 'puppeteer-core';
import { locate, recordProblems, takeProblems } from './page-tools.mjs';

/** @typedef {import('./driver.mjs').Driver} Driver */
/** @typedef {import('./driver.mjs').Query} Query */

/** @param {{ binary: string, origin: string, shots: string }} options @returns {Promise<Driver>} */
export async function startFirefox({ binary, origin, shots }) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: binary,
    headless: true,
    protocol: 'webDriverBiDi',
    defaultViewport: { width: 1280, height: 900 },
  });
  /** @type {string[]} */
  const problems = [];
  /** @param {import('puppeteer-core').Page} p */
  const watch = async (p) => {
    // Firefox reports CSP violations as page errors too; both land in one list.
    p.on('pageerror', (e) => problems.push(`${p.url()}: ${/** @type {Error} */ (e).message}`));
    p.on('console', (m) => {
      if (m.type() === 'error') problems.push(`${p.url()}: console.error: ${m.text()}`);
    });
    await p.evaluateOnNewDocument(recordProblems);
  };
  let page = await browser.newPage();
  await watch(page);
  /** @type {import('puppeteer-core').Frame | import('puppeteer-core').Page} */
  let scope = page;

  /** Waits for the element to be there (a part that appears once its script has run). @param {Query} q */
  const find = async (q) => {
    const [kind, value] = Object.entries(q)[0];
    for (const end = Date.now() + 20_000; ;) {
      const handle = (await scope.evaluateHandle(locate, kind, value)).asElement();
      if (handle)
        return /** @type {import('puppeteer-core').ElementHandle<HTMLElement>} */ (handle);
      if (Date.now() > end) throw new Error(`not found: ${JSON.stringify(q)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const collect = async () => {
    for (const p of await browser.pages())
      problems.push(
        ...(await p.evaluate(takeProblems).catch(() => [])).map((x) => `${p.url()}: ${x}`),
      );
  };

  return {
    name: 'firefox',
    async goto(path) {
      await collect();
      scope = page;
      await page.goto(new URL(path, origin).href, { waitUntil: 'load' });
    },
    async reload() {
      await collect();
      scope = page;
      await page.reload({ waitUntil: 'load' });
    },
    async frame(selector) {
      const el = await page.waitForSelector(selector);
      const frame = await el?.contentFrame();
      if (!frame) throw new Error(`no frame at ${selector}`);
      await frame.waitForFunction(() => document.readyState === 'complete');
      scope = frame;
    },
    async nextTab(action) {
      const opened = new Promise((resolve) =>
        browser.once('targetcreated', (t) => resolve(t.page())),
      );
      await action();
      const tab = /** @type {import('puppeteer-core').Page} */ (await opened);
      await watch(tab);
      await tab.waitForFunction(() => document.readyState === 'complete');
      page = tab;
      scope = tab;
    },
    async click(q) {
      await (await find(q)).click();
    },
    async type(q, text) {
      const el = await find(q);
      await el.evaluate((e) => {
        /** @type {HTMLInputElement} */ (e).value = '';
      });
      await el.type(text);
    },
    async press(key) {
      await page.keyboard.press(/** @type {import('puppeteer-core').KeyInput} */ (key));
    },
    async select(q, value) {
      await (await find(q)).select(value);
    },
    async read(q, what = 'text') {
      const el = await find(q);
      return el.evaluate((e, w) => {
        const input = /** @type {HTMLInputElement} */ (e);
        if (w === 'value') return input.value;
        if (w === 'checked') return String(input.checked);
        if (w === 'disabled') return String(input.disabled || !!e.closest('fieldset:disabled'));
        return (e.textContent ?? '').replace(/\s+/g, ' ').trim();
      }, what);
    },
    async run(fn, ...args) {
      return scope.evaluate(fn, ...args);
    },
    async shot(file, width) {
      await page.setViewport({ width, height: 900 });
      await page.evaluate(() => scrollTo(0, 0));
      await page.screenshot({ path: `${shots}/${file}` });
      await page.setViewport({ width: 1280, height: 900 });
    },
    async problems() {
      await collect();
      return problems.splice(0);
    },
    async close() {
      await browser.close();
    },
  };
}
