// @ts-check
/**
 * WebKitGTK (Debian's `webkit2gtk-driver`) driven by selenium-webdriver through WebKitWebDriver,
 * which starts WebKitGTK's MiniBrowser in automation mode. It needs a display: run under
 * `xvfb-run` (tests/engines/run.mjs does when DISPLAY is unset).
 *
 * WebKitWebDriver speaks classic WebDriver only: no console log and no script that runs before
 * the page's own. So the problem recorder starts as soon as each page has loaded, and an error
 * while a page loads shows as a tool that never starts: every journey first waits for its tool's
 * controls to be enabled, which happens only once its scripts have run.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { Builder } from 'selenium-webdriver';
import { locate, recordProblems, takeProblems } from './page-tools.mjs';

/** @typedef {import('./driver.mjs').Driver} Driver */
/** @typedef {import('./driver.mjs').Query} Query */

/** MiniBrowser, the browser WebKitWebDriver drives, where Debian puts it. */
const miniBrowser = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
];

/** A free local port. */
const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (s.address());
      s.close(() => resolve(port));
    });
  });

/** @param {{ binary: string, origin: string, shots: string }} options @returns {Promise<Driver>} */
export async function startWebKit({ binary, origin, shots }) {
  const { existsSync } = await import('node:fs');
  const port = await freePort();
  const server = spawn(binary, [`--port=${port}`], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 500));
  const driver = await new Builder()
    .usingServer(`http://127.0.0.1:${port}`)
    .withCapabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': {
        binary: miniBrowser.find((p) => existsSync(p)) ?? 'MiniBrowser',
        // The hand-off opens the full site in a new tab from a click.
        args: ['--automation', '--javascript-can-open-windows-automatically=true'],
      },
    })
    .build()
    .catch((e) => {
      server.kill();
      throw e;
    });
  await driver.manage().window().setRect({ width: 1280, height: 900 });
  await driver.manage().setTimeouts({ script: 20_000 });

  /** @type {string[]} */
  const problems = [];
  /** @param {string} body @param {...unknown} args */
  const exec = (body, ...args) => driver.executeScript(body, ...args);
  const startRecording = () => exec(`(${recordProblems})()`);
  const collect = async () => {
    const url = await driver.getCurrentUrl().catch(() => '');
    const got = /** @type {string[]} */ (await exec(`return (${takeProblems})()`).catch(() => []));
    problems.push(...got.map((x) => `${url}: ${x}`));
  };
  const loaded = async () => {
    await driver.wait(
      async () => (await exec('return document.readyState')) === 'complete',
      20_000,
    );
    await startRecording();
  };

  /** Waits for the element to be there (a part that appears once its script has run). @param {Query} q */
  const find = async (q) => {
    const [kind, value] = Object.entries(q)[0];
    for (const end = Date.now() + 20_000; ;) {
      const el = await exec(`return (${locate})(arguments[0], arguments[1])`, kind, value);
      if (el) return /** @type {import('selenium-webdriver').WebElement} */ (el);
      if (Date.now() > end) throw new Error(`not found: ${JSON.stringify(q)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  /**
   * The one workaround WebKitWebDriver needs: it will not click a control inside a
   * `content-visibility: auto` block (the conversations list's cards) until it is scrolled into
   * view, so every click first scrolls its target to the middle of the window.
   * @param {Query} q
   */
  const inView = async (q) => {
    const el = await find(q);
    await exec('arguments[0].scrollIntoView({ block: "center" })', el);
    return el;
  };

  return {
    name: 'webkit',
    async goto(path) {
      await collect();
      await driver.switchTo().defaultContent();
      await driver.get(new URL(path, origin).href);
      await loaded();
    },
    async reload() {
      await collect();
      await driver.switchTo().defaultContent();
      await driver.navigate().refresh();
      await loaded();
    },
    async frame(selector) {
      await driver.wait(
        async () => !!(await exec(`return document.querySelector(arguments[0])`, selector)),
        20_000,
      );
      await driver.switchTo().frame(await find({ css: selector }));
      await loaded();
    },
    async nextTab(action) {
      const before = await driver.getAllWindowHandles();
      await action();
      await collect();
      /** @type {string} */
      let handle = '';
      await driver.wait(async () => {
        handle = (await driver.getAllWindowHandles()).find((h) => !before.includes(h)) ?? '';
        return handle !== '';
      }, 20_000);
      await driver.switchTo().window(handle);
      await loaded();
    },
    async click(q) {
      await (await inView(q)).click();
    },
    async type(q, text) {
      const el = await inView(q);
      await el.clear();
      await el.sendKeys(text);
    },
    async press(key) {
      const { Key } = await import('selenium-webdriver');
      const code = /** @type {Record<string, string>} */ ({ Enter: Key.ENTER, Tab: Key.TAB })[key];
      await driver
        .actions()
        .sendKeys(code ?? key)
        .perform();
    },
    async select(q, value) {
      // A native <select> opens a menu WebDriver cannot see: set it as a choice would.
      await exec(
        `const s = arguments[0]; s.value = arguments[1];
         s.dispatchEvent(new Event('input', { bubbles: true }));
         s.dispatchEvent(new Event('change', { bubbles: true }));`,
        await inView(q),
        value,
      );
    },
    async read(q, what = 'text') {
      const el = await find(q);
      return String(
        await exec(
          `const e = arguments[0], w = arguments[1];
           if (w === 'value') return e.value;
           if (w === 'checked') return String(e.checked);
           if (w === 'disabled') return String(e.disabled || !!e.closest('fieldset:disabled'));
           return (e.textContent || '').replace(/\\s+/g, ' ').trim();`,
          el,
          what,
        ),
      );
    },
    async run(fn, ...args) {
      return exec(`return (${fn}).apply(null, arguments)`, ...args);
    },
    async shot(file, width) {
      const { writeFile } = await import('node:fs/promises');
      await driver.manage().window().setRect({ width, height: 900 });
      await driver.switchTo().defaultContent();
      await exec('scrollTo(0, 0)');
      await writeFile(`${shots}/${file}`, await driver.takeScreenshot(), 'base64');
      await driver.manage().window().setRect({ width: 1280, height: 900 });
    },
    async problems() {
      await collect();
      return problems.splice(0);
    },
    async close() {
      await driver.quit().catch(() => {});
      server.kill();
    },
  };
}
