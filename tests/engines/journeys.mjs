// @ts-check
/**
 * The student journeys every engine runs, one entry per tool, in order, in one browser (so they
 * share its storage, as a student's visits do). Each does the tool's main job, reloads, and finds
 * the result still there. After each, the runner saves a screenshot at 1280 and 390 px and fails
 * the journey on any error, rejected promise, CSP violation or console error in its pages.
 * A new tool is one entry here.
 *
 * The deep checks of each tool stay in the Chromium suite (tests/e2e); these are kept short.
 */
import { expectRead, whenEnabled, workerInControl } from './driver.mjs';

/** @typedef {import('./driver.mjs').Driver} Driver */
/**
 * @typedef {object} Context
 * @property {(tool: string) => string} hostPage Another site's page that frames that embed.
 * @property {() => Promise<void>} goOffline Stops the toolkit's server.
 */
/**
 * @typedef {object} Journey
 * @property {string} tool
 * @property {(d: Driver, ctx: Context) => Promise<void>} run
 * @property {boolean} [freshBrowser] Runs in a browser started for it, with nothing saved,
 *   instead of the one the journeys before it used.
 */

const firstStep = 'Make a short list of people you could ask';
const lastStep = 'Send a thank-you note that mentions one thing you learned';

/** @type {Journey[]} */
export const journeys = [
  {
    tool: 'checklist',
    async run(d) {
      await d.goto('/tools/checklist/');
      await whenEnabled(d, { button: 'Reset checklist' });
      await d.click({ label: firstStep });
      await expectRead(d, { label: firstStep }, 'true', 'checked');
      await d.reload();
      await whenEnabled(d, { button: 'Reset checklist' });
      await expectRead(d, { label: firstStep }, 'true', 'checked');
    },
  },
  {
    tool: 'question-builder',
    async run(d) {
      const own = { label: 'Write your own question' };
      await d.goto('/tools/question-builder/');
      await whenEnabled(d, own);
      await d.type(own, 'What do you read every week?');
      await d.press('Enter');
      await expectRead(d, { css: '.qb-item .qb-text' }, 'What do you read every week?');
      await d.reload();
      await expectRead(d, { css: '.qb-item .qb-text' }, 'What do you read every week?');
    },
  },
  {
    tool: 'outreach',
    async run(d) {
      await d.goto('/tools/outreach/');
      await whenEnabled(d, { label: 'Their name' });
      await d.type({ label: 'Their name' }, 'Maria Lopez');
      await d.select({ label: 'Channel' }, 'linkedin-note');
      await expectRead(d, { label: 'Message' }, /^Hi Maria,/, 'value');
      await d.reload();
      await whenEnabled(d, { label: 'Their name' });
      await expectRead(d, { label: 'Their name' }, 'Maria Lopez', 'value');
      await expectRead(d, { label: 'Channel' }, 'linkedin-note', 'value');
    },
  },
  {
    tool: 'introduction',
    async run(d) {
      const said = { label: 'The introduction as you will say it' };
      await d.goto('/tools/introduction/');
      await whenEnabled(d, { label: 'Who you are' });
      await d.type({ label: 'Who you are' }, 'Sam, a second-year psychology student');
      await expectRead(d, said, /second-year psychology student/, 'value');
      await d.reload();
      await whenEnabled(d, { label: 'Who you are' });
      await expectRead(d, said, /second-year psychology student/, 'value');
    },
  },
  {
    tool: 'conversations',
    async run(d) {
      await d.goto('/tools/conversations/');
      await whenEnabled(d, { label: 'Name' });
      await d.type({ label: 'Name' }, 'Dana Kim');
      await d.type({ label: 'Organization' }, 'City Library');
      await d.click({ button: 'Add' });
      await expectRead(d, { css: '.cv-status' }, 'Added Dana Kim.');
      await d.reload();
      await whenEnabled(d, { label: 'Name' });
      await expectRead(d, { css: '.cv-list' }, /Dana Kim/);
    },
  },
  {
    // The person added on the conversations page brings their organization to the list.
    tool: 'organizations',
    async run(d) {
      const add = { label: 'Add an organization' };
      await d.goto('/tools/organizations/');
      await whenEnabled(d, add);
      await d.type(add, 'Harbor Museum');
      await d.click({ button: 'Add' });
      await expectRead(d, { css: '.org-status' }, 'Added Harbor Museum.');
      await d.reload();
      await whenEnabled(d, add);
      await expectRead(
        d,
        { css: '.org-list' },
        /Harbor Museum[^]*City Library|City Library[^]*Harbor Museum/,
      );
    },
  },
  {
    // On another site's page (another origin, so the browser keeps the embed's storage apart),
    // a step ticked in the embedded checklist is carried to the full site and added there.
    tool: 'embed',
    async run(d, ctx) {
      await d.goto(ctx.hostPage('checklist'));
      await d.frame('iframe');
      await whenEnabled(d, { button: 'Reset checklist' });
      await d.click({ label: lastStep });
      await expectRead(d, { label: lastStep }, 'true', 'checked');
      await d.nextTab(async () => {
        await d.click({ button: 'Continue on the full site' });
        // Where the browser blocks the new tab, the embed offers a link that opens it
        // (src/client/embed/continue.lazy.ts): a student would press it.
        await new Promise((r) => setTimeout(r, 1000));
        const blocked = await d.run(
          () => !!document.querySelector('[data-embed-continue-status] a[href]'),
        );
        if (blocked) await d.click({ css: '[data-embed-continue-status] a[href]' });
      });
      await d.click({ button: 'Add to my plans' });
      await expectRead(d, { label: lastStep }, 'true', 'checked');
      await d.reload();
      await whenEnabled(d, { button: 'Reset checklist' });
      await expectRead(d, { label: lastStep }, 'true', 'checked');
    },
  },
  {
    tool: 'search',
    async run(d) {
      const first = { css: '.pagefind-ui__result-link' };
      await d.goto('/search/?q=alumni');
      await expectRead(d, first, 'Your college and alumni network');
      await d.reload();
      await expectRead(d, first, 'Your college and alumni network');
    },
  },
  {
    // Last: it stops the server. A tool visited once reloads with what was saved, from the
    // service worker's cache, and an address never saved gets the offline page.
    //
    // In a browser of its own. WebKitWebDriver's sessions are private (MiniBrowser keeps an
    // automation session's data in memory), and WebKitGTK 2.50 empties a private session's
    // Cache Storage once a tab of it has gone to another site, as the embed journey's does: the
    // worker stays in control with nothing saved, and every page then answers "FetchEvent.
    // respondWith received an error: TypeError: Load failed". A profile on disk keeps its cache.
    tool: 'offline',
    freshBrowser: true,
    async run(d, ctx) {
      await d.goto('/tools/checklist/');
      await whenEnabled(d, { button: 'Reset checklist' });
      await d.click({ label: firstStep });
      await expectRead(d, { label: firstStep }, 'true', 'checked');
      await workerInControl(d);
      await ctx.goOffline();
      await d.goto('/tools/checklist/');
      await whenEnabled(d, { button: 'Reset checklist' });
      await expectRead(d, { css: 'h1' }, /Prep checklist/);
      await expectRead(d, { label: firstStep }, 'true', 'checked');
      await d.goto('/guides/a-page-that-was-never-saved/');
      await expectRead(d, { css: 'h1' }, 'You are offline, and this page is not saved here');
    },
  },
];
