// @ts-check
// The conversations page at a campaign's size (`npm run bench`, after the Vitest benchmarks). It
// builds nothing: it serves the dist/ already built, seeds 10, 100, 300 and 1,000 people as saved
// plans (saved once by the page, as the toolkit stores them), and measures, on a phone-sized page
// with the CPU slowed four times (Lighthouse's phone setting): the DOM elements after load, the
// longest task while loading, and the longest task of one "Mark done" and one "Snooze" in Today,
// of adding a person and of typing one letter in the list's filter. Prints a table.
// Times vary from run to run on a shared machine: take the best of a few runs.
import { chromium } from '@playwright/test';
import { chromiumArgs, systemChromium } from './browser.mjs';
import { serve } from './serve.mjs';
import { campaignRecord } from '../tests/support/campaign.ts';

const sizes = (process.env.BENCH_SIZES ?? '10,100,300,1000').split(',').map(Number);
// BENCH_DIR=/tmp/other-build measures another build (to compare two commits on one machine).
const { server, url } = await serve({ port: 0, root: process.env.BENCH_DIR ?? 'dist' });
const browser = await chromium.launch({
  executablePath: systemChromium() ?? undefined,
  args: chromiumArgs,
});

/**
 * Starts recording long tasks in the page (`longest()` then gives the longest since a time), and
 * says when it was asked and whether Today was on the page by then.
 */
const recordTasks = () => {
  const w = /** @type {any} */ (window);
  const asked = performance.now();
  w.tasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.tasks.push({ start: e.startTime, ms: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  return { asked, ready: !!document.querySelector('.cv-today') };
};
/** @param {import('@playwright/test').Page} page @param {number} since @param {number} [until] */
const longest = (page, since, until = Infinity) =>
  page.evaluate(
    ([t, end]) =>
      Math.round(
        Math.max(
          0,
          .../** @type {{ tasks: { start: number; ms: number }[] }} */ (
            /** @type {unknown} */ (window)
          ).tasks
            .filter((x) => x.start >= t && x.start + x.ms <= end)
            .map((x) => x.ms),
        ),
      ),
    [since, until],
  );
const now = (/** @type {import('@playwright/test').Page} */ page) =>
  page.evaluate(() => performance.now());
const settle = (/** @type {import('@playwright/test').Page} */ page) =>
  page.evaluate(() => new Promise((done) => setTimeout(done, 1500)));

/**
 * The record as the conversations page saves it, from a seed: read back after one save, in a
 * browser of its own (the measured visit then starts in a fresh one).
 * @param {string} seed
 */
async function savedByThePage(seed) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL('/privacy/', url).href);
  await page.evaluate((stored) => localStorage.setItem('iik:plans:v3', stored), seed);
  await page.goto(new URL('/tools/conversations/', url).href);
  await page.locator('.cv-today').waitFor();
  await page.getByLabel('Working on').selectOption({ index: 1 });
  const saved = await page.evaluate(() => localStorage.getItem('iik:plans:v3') ?? '');
  await context.close();
  return saved;
}

const rows = [];
for (const n of sizes) {
  // The seed is written by hand, with fewer fields than the toolkit saves (each log entry's
  // defaults, for one): a browser of its own saves the seed once (another plan chosen in the
  // plan bar), and the measured visit starts from what that browser stored.
  const record = await savedByThePage(JSON.stringify(campaignRecord(n)));
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  // Saved as a student's browser has them, before the measured visit: seeding from an init script
  // would write the whole record inside the page's own first task and count it as the page's.
  await page.goto(new URL('/privacy/', url).href);
  await page.evaluate((stored) => localStorage.setItem('iik:plans:v3', stored), record);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(new URL('/tools/conversations/', url).href, { waitUntil: 'load' });
  // Nothing is asked of the page while it loads: Playwright's own scripts (a locator's selector
  // engine, 150-200 ms to compile with the CPU slowed) run in the page as tasks of their own,
  // which no student's browser runs. The load is the tasks that ended before the bench first
  // asked, a few seconds after the load event, by when Today must be on the page.
  await new Promise((done) => setTimeout(done, 4000));
  // Long tasks are buffered from the start of the visit: observing them from the start in an
  // init script would add a script to the page's first task that no student's browser runs.
  const { asked, ready } = await page.evaluate(recordTasks);
  if (!ready) throw new Error(`${n} people: Today was not on the page 4 s after the load event`);
  await settle(page);
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
  const load = await longest(page, 0, asked);
  // BENCH_TASKS=1 lists every long task of the load, to see which part of it grew.
  if (process.env.BENCH_TASKS)
    console.log(
      `${n} people, long tasks on load (start and length, ms):`,
      await page.evaluate(() =>
        /** @type {{ tasks: { start: number; ms: number }[] }} */ (
          /** @type {unknown} */ (window)
        ).tasks
          .map((t) => `${Math.round(t.start)}+${Math.round(t.ms)}`)
          .join(' '),
      ),
    );

  /**
   * The longest task from a click until the status line says `status`: undefined when the page has
   * no such button (a small campaign may have nothing due).
   * @param {import('@playwright/test').Locator} button @param {RegExp} status
   */
  const action = async (button, status) => {
    if (!(await button.count())) return NaN;
    const before = await now(page);
    await button.click();
    await page.locator('.cv-status').filter({ hasText: status }).waitFor();
    await settle(page);
    return longest(page, before);
  };
  const today = page.locator('.cv-today');
  const mark = await action(today.getByRole('button', { name: /^Mark done:/ }).first(), /^Done:/);
  const snooze = await action(
    today.getByRole('button', { name: /^Snooze 3 days:/ }).first(),
    /^Snoozed until/,
  );
  await page.getByLabel('Name', { exact: true }).fill('Bench Person');
  const add = await action(page.getByRole('button', { name: 'Add', exact: true }), /^Added/);
  const before = await now(page);
  await page.getByLabel('Find by name or organization').pressSequentially('P');
  await settle(page);
  const type = await longest(page, before);
  rows.push({ n, kb: Math.round(record.length / 1024), elements, load, mark, snooze, add, type });
  await context.close();
}
await browser.close();
server.close();

const ms = (/** @type {number} */ x) => (Number.isNaN(x) ? '–' : x ? `${x} ms` : 'none over 50 ms');
console.log(
  '\nConversations page, 412 px, CPU slowed 4×: longest task (tasks under 50 ms are not long)\n',
);
console.log(
  '| people | stored | DOM elements | on load | one "Mark done" | one "Snooze" | adding a person | one letter in the filter |',
);
console.log('|---|---|---|---|---|---|---|---|');
for (const r of rows)
  console.log(
    `| ${r.n.toLocaleString('en-US')} | ${r.kb.toLocaleString('en-US')} KB | ${r.elements.toLocaleString('en-US')} | ${ms(r.load)} | ${ms(r.mark)} | ${ms(r.snooze)} | ${ms(r.add)} | ${ms(r.type)} |`,
  );
