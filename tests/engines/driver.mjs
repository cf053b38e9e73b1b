// @ts-check
/**
 * What a journey can do in a browser, the same for every engine (firefox.mjs, webkit.mjs), and
 * the waiting and asserting helpers the journeys share.
 *
 * @typedef {{ label: string } | { button: string } | { text: string } | { css: string }} Query
 *   How a journey names an element: as a user sees it where it can (see page-tools.mjs).
 *
 * @typedef {object} Driver
 * @property {string} name
 * @property {(path: string) => Promise<void>} goto Opens a path of the toolkit, waits for load.
 * @property {() => Promise<void>} reload
 * @property {(selector: string) => Promise<void>} frame Works inside the frame at `selector`
 *   until the next goto, reload or nextTab.
 * @property {(action: () => Promise<void>) => Promise<void>} nextTab Runs `action` and works in
 *   the tab it opens from then on.
 * @property {(q: Query) => Promise<void>} click
 * @property {(q: Query, text: string) => Promise<void>} type Replaces a field's text by typing.
 * @property {(key: string) => Promise<void>} press A key on the focused element ('Enter').
 * @property {(q: Query, value: string) => Promise<void>} select Chooses an option by its value.
 * @property {(q: Query, what?: 'text' | 'value' | 'checked' | 'disabled') => Promise<string>} read
 * @property {(fn: (...args: any[]) => unknown, ...args: unknown[]) => Promise<unknown>} run
 *   Runs a self-contained function in the page (or frame) and returns its result.
 * @property {(file: string, width: number) => Promise<void>} shot A screenshot at that width.
 * @property {() => Promise<string[]>} problems What went wrong in any page since the last call.
 * @property {() => Promise<void>} close
 */

/** Longest wait for one expectation; a busy CI machine is slow, a failure is still quick enough. */
const timeout = 20_000;

/**
 * Waits until `check` returns true (errors count as "not yet"), or fails naming `what` with the
 * last value seen.
 * @param {string} what
 * @param {() => Promise<boolean>} check
 * @param {number} [ms]
 */
export async function until(what, check, ms = timeout) {
  const end = Date.now() + ms;
  /** @type {unknown} */
  let last;
  for (;;) {
    try {
      if (await check()) return;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end)
      throw new Error(`timed out waiting for ${what}${last ? ` (${last})` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Waits until the element reads as expected: `read` text (or value, checked) equal to `want`,
 * or matching it when it is a pattern.
 * @param {Driver} d @param {Query} q @param {string | RegExp} want
 * @param {'text' | 'value' | 'checked' | 'disabled'} [what]
 */
export async function expectRead(d, q, want, what = 'text') {
  let seen = '';
  await until(`${JSON.stringify(q)} ${what} to be ${want}`, async () => {
    seen = await d.read(q, what);
    return typeof want === 'string' ? seen === want : want.test(seen);
  }).catch((e) => {
    throw new Error(`${e.message}; last read: ${JSON.stringify(seen)}`);
  });
}

/** Waits until a control can be used: its tool has read the saved plans. @param {Driver} d @param {Query} q */
export const whenEnabled = (d, q) => expectRead(d, q, 'false', 'disabled');

/**
 * Waits until the offline service worker controls the page, that is, it has precached the site
 * and taken over: up to 60 s (2–6 s here, longer on a loaded machine), and no longer, so a
 * worker that never takes over does not hold up CI. A timeout names the worker's last state.
 * @param {Driver} d
 */
export async function workerInControl(d) {
  await until(
    'the service worker to control the page',
    async () => {
      const state = await d.run(async () => {
        if (navigator.serviceWorker.controller) return 'in control';
        const r = await navigator.serviceWorker.getRegistration();
        if (r?.installing) return 'installing';
        if (r?.waiting) return 'installed, waiting';
        return r?.active ? 'active, not in control' : 'not registered';
      });
      if (state !== 'in control') throw new Error(`the worker is ${state}`);
      return true;
    },
    60_000,
  );
}
