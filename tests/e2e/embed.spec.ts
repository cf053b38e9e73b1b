import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import type { FrameLocator, Locator } from '@playwright/test';
import { expect, test } from '../support/site';
import { HEIGHT_MESSAGE, type EmbedTool } from '../../src/lib/embed/params';
import { embedTools } from '../../src/lib/embed/tools';
import {
  newTab,
  newTabLegend,
  newTabMark,
  storageNotes,
  toolNames,
} from '../../src/lib/strings/embed';
import { handoffSendText as send } from '../../src/lib/strings/handoff';
import { configuratorText as copyText } from '../../src/lib/strings/embed-configurator';
import site from '../../src/site.config';
import { axeViolations } from '../support/axe';

/**
 * A career center's page on a second origin embeds the toolkit, once through /embed.js and once
 * as a plain iframe. The host server runs on 127.0.0.1 (E2E_HOST_PORT, or any free port), and
 * the same server reached as `localhost` plays a third-party origin ('localhost' and
 * '127.0.0.1' are different origins).
 */
/** The first and last embeddable tools (the same one while only one exists). */
const first = embedTools[0];
const last = embedTools[embedTools.length - 1];
const toolkit = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4399)}`;
let server: Server;
let hostOrigin = '';
let otherOrigin = '';

const escape = (s: string) =>
  s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** A host page; its CSP grants exactly what the configurator page documents. */
function hostPage(body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Riverside College Career Center</title></head>
<body><main><h1>Plan your informational interviews</h1><p>Before the embed.</p>${body}<p id="after">After the embed.</p></main></body></html>`;
}

function hostCsp(): string {
  return `default-src 'none'; script-src 'self' ${toolkit}; frame-src ${toolkit} ${otherOrigin}; style-src 'self'`;
}

/** The resize listener a host can write for a plain iframe (documented in the README). */
const plainListener = `
addEventListener('message', function (event) {
  var frame = document.querySelector('iframe[data-plain]');
  if (event.origin !== ${JSON.stringify(toolkit)} || event.source !== frame.contentWindow) return;
  if (!event.data || event.data.type !== ${JSON.stringify(HEIGHT_MESSAGE)}) return;
  frame.style.height = Math.ceil(event.data.height) + 'px';
});`;

test.beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host');
    const q = url.searchParams;
    const send = (type: string, text: string, csp = hostCsp()) => {
      res.writeHead(200, { 'Content-Type': type, 'Content-Security-Policy': csp });
      res.end(text);
    };
    if (url.pathname === '/script') {
      // One script tag per `tool` parameter, each with the same data attributes.
      const attrs = ['accent', 'theme', 'org']
        .filter((k) => q.has(k))
        .map((k) => ` data-${k}="${escape(q.get(k)!)}"`)
        .join('');
      const tags = q
        .getAll('tool')
        .map(
          (tool) => `<script src="${toolkit}/embed.js" data-tool="${tool}"${attrs} async></script>`,
        )
        .join('<hr>');
      const attacker = q.get('attacker')
        ? `<iframe title="Advert" src="${otherOrigin}/attacker"></iframe>`
        : '';
      return send('text/html', hostPage(tags + attacker));
    }
    if (url.pathname === '/plain') {
      const tool = q.get('tool');
      return send(
        'text/html',
        hostPage(
          `<iframe data-plain src="${toolkit}/embed/${tool}/" title="${tool}" width="100%" height="300"></iframe><script src="/listener.js"></script>`,
        ),
      );
    }
    if (url.pathname === '/listener.js') return send('text/javascript', plainListener);
    if (url.pathname === '/blank') return send('text/html', hostPage(''));
    // A host that tries to frame the configurator, which is not embeddable.
    if (url.pathname === '/framed-configurator')
      return send(
        'text/html',
        hostPage(`<iframe title="Configurator" src="${toolkit}/embed/"></iframe>`),
      );
    // A third-party frame on the host page (an advert, say); the test posts from inside it.
    if (url.pathname === '/attacker')
      return send('text/html', '<!doctype html><title>Advert</title>');
    res.writeHead(404).end();
  });
  await new Promise<void>((done) =>
    server.listen(Number(process.env.E2E_HOST_PORT ?? 0), '127.0.0.1', done),
  );
  const { port } = server.address() as AddressInfo;
  hostOrigin = `http://127.0.0.1:${port}`;
  otherOrigin = `http://localhost:${port}`;
});

test.afterAll(() => new Promise<void>((done) => server.close(() => done())));

const scriptUrl = (params: Record<string, string | string[]>) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) for (const x of [v].flat()) q.append(k, x);
  return `${hostOrigin}/script?${q}`;
};

/** Waits until the iframe is as tall as its document and its document does not scroll. */
async function expectFitted(iframe: Locator, inner: FrameLocator) {
  await expect
    .poll(async () => {
      // clientHeight: the frame's viewport, without the border a plain iframe has.
      const outer = await iframe.evaluate((el) => el.clientHeight);
      const content = await inner.locator('html').evaluate(() => ({
        height: document.documentElement.getBoundingClientRect().height,
        scrolls: document.documentElement.scrollHeight > window.innerHeight,
      }));
      return Math.abs(outer - content.height) <= 1 && !content.scrolls;
    })
    .toBe(true);
}

async function accentIn(inner: FrameLocator) {
  return inner
    .locator('html')
    .evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim());
}

async function heightOf(iframe: Locator) {
  return (await iframe.boundingBox())?.height ?? 0;
}

/** Uses the tool in a way that changes its page height; returns once the change is visible. */
const work: Record<EmbedTool, (inner: FrameLocator) => Promise<void>> = {
  'question-builder': async (inner) => {
    // Searching shortens the bank a lot; adding the found question fills the list.
    const bank = inner.getByRole('region', { name: 'Question bank' });
    await bank.getByLabel('Search the bank').fill('who else should I talk');
    await bank.getByRole('button', { name: 'Add', exact: true }).first().click();
    await expect(inner.locator('.qb-item')).toHaveCount(1);
  },
  checklist: async (inner) => {
    // Ticking the first step moves the overall progress off zero.
    const first = inner.getByRole('checkbox').first();
    await first.check();
    await expect(first).toBeChecked();
  },
  outreach: async (inner) => {
    // A referral reveals the "Who referred you" field, and the message names the referrer.
    await inner.getByLabel('Their name').fill('Maria Lopez');
    await inner.getByLabel('How you are connected').selectOption('referral');
    await inner.getByLabel('Who referred you').fill('Professor Chen');
    await expect(inner.getByLabel('Message', { exact: true })).toHaveValue(
      /Hi Maria,\s+Professor Chen suggested/,
    );
  },
  introduction: async (inner) => {
    // A first part joins into the introduction; practising shows it in large type below.
    await inner.getByLabel('Who you are').fill('Sam, a first-year nursing student');
    await expect(inner.getByLabel('The introduction as you will say it')).toHaveValue(
      /I'm Sam, a first-year nursing student\./,
    );
    await inner.getByRole('button', { name: 'Practise with a timer' }).click();
    await expect(inner.getByRole('button', { name: 'Start timer' })).toBeVisible();
  },
  conversations: async (inner) => {
    // The first person replaces the how-to-start panel with Today, the pace line and the list.
    await addPerson(inner, 'Priya Raman', 'Northwind Health');
  },
  organizations: async (inner) => {
    // The first organization replaces the empty list's note with the list.
    await inner.getByLabel('Add an organization').fill('Northwind Health');
    await inner.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(inner.getByRole('heading', { name: /Northwind Health/ })).toBeVisible();
  },
};

/** Adds a person on an embedded conversations page, as the one-line form does. */
async function addPerson(inner: FrameLocator, name: string, organization: string) {
  await inner.getByLabel('Name', { exact: true }).fill(name);
  await inner.getByLabel('Organization', { exact: true }).fill(organization);
  await inner.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(inner.getByRole('status').filter({ hasText: `Added ${name}.` })).toBeVisible();
  await expect(inner.locator('.cv-row')).toHaveCount(1);
}
async function use(inner: FrameLocator, tool: EmbedTool) {
  // mountIsland() marks each island once Preact has hydrated it.
  await expect(inner.locator('[data-island]:not([data-hydrated])')).toHaveCount(0);
  await work[tool](inner);
}

/**
 * An embed has one way to the full site, "Continue on the full site", which carries the plans
 * (handoff.spec.ts follows it). Every link either leads to a tool, in the frame (on the plans
 * there), or opens a new tab to read (a guide, a printable sheet), and then says so: an arrow
 * anyone can see, read out as "(opens in a new tab)". Mail links open the mail app. Returns how
 * many links open a new tab.
 */
async function expectOneWayOut(inner: FrameLocator, tool: EmbedTool) {
  const exit = inner.getByRole('button', { name: `${send.button} ${newTab}`, exact: true });
  await expect(exit).toHaveAttribute('data-embed-continue', `/tools/${tool}/`);
  await expect(inner.getByText(newTabLegend)).toBeVisible();
  const links = await inner.locator('a[href]').all();
  let reading = 0;
  for (const link of links) {
    const { href, own, target, mark } = await link.evaluate((a: HTMLAnchorElement) => ({
      // As a path on this site where the page writes it relative (next steps keep the page's
      // language that way); a place on the page or a mail link as written.
      href: /^(#|mailto:)/.test(a.getAttribute('href')!)
        ? a.getAttribute('href')!
        : `${new URL(a.href).pathname}${new URL(a.href).search}`,
      own: a.getAttribute('target'),
      // Where the link opens: its own target, else the page's <base target>.
      target: a.target || document.querySelector('base')?.target || '_self',
      mark: getComputedStyle(a, '::after').content,
    }));
    if (href.startsWith('mailto:')) continue;
    // A place on this page (the conversations page's "New plan" goes to the add-a-person field).
    if (href.startsWith('#')) {
      expect(own, href).toBe('_self');
      expect(mark, href).toBe('none');
      continue;
    }
    if (href.startsWith('/tools/')) {
      // frame.ts takes it into the frame when it is followed (tested below); one that asked for
      // a tab of its own would reach the full site without the plans.
      expect(own, href).toBeNull();
      expect(mark, href).toBe('none');
      continue;
    }
    // Anything else is something to read, not a place where the student's work would be.
    expect(href).toMatch(/^\/(guides|print)\//);
    expect(target, href).toBe('_blank');
    expect(mark, href).toContain(newTabMark);
    await expect(link, href).toHaveAccessibleName(new RegExp(`\\S ${escapeRegExp(newTab)}$`));
    reading++;
  }
  return reading;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

for (const tool of embedTools) {
  test(`${tool}: embedded by the script, it renders, works and fits its content`, async ({
    page,
    report,
  }) => {
    await page.goto(scriptUrl({ tool, accent: '#8c1515', org: 'Riverside College' }));
    const iframe = page.locator('iframe.iik-embed');
    await expect(iframe).toHaveAttribute('title', new RegExp(`^${toolNames[tool]}`));
    // Right after its script tag, before the host's next paragraph.
    await expect(page.locator('script[src$="/embed.js"] + iframe')).toHaveCount(1);
    const inner = page.frameLocator('iframe.iik-embed');
    await expect(inner.getByRole('heading', { level: 1 })).toHaveText(toolNames[tool]);
    await expect(inner.getByText('Provided by Riverside College')).toBeVisible();
    // The contrast check loads after the page, only for an accent.
    await expect.poll(() => accentIn(inner)).toBe('#8c1515');
    await expectFitted(iframe, inner);
    const before = await heightOf(iframe);
    await use(inner, tool);
    await expect.poll(() => heightOf(iframe)).not.toBe(before);
    await expectFitted(iframe, inner);
    const reading = await expectOneWayOut(inner, tool);
    // The checklist links to a guide from most steps: the check above saw links to read.
    if (tool === 'checklist') expect(reading).toBeGreaterThan(5);
    expect(report.cspViolations).toEqual([]);
  });

  test(`${tool}: as a plain iframe, it renders and fits with a host-written listener`, async ({
    page,
    report,
  }) => {
    await page.goto(`${hostOrigin}/plain?tool=${tool}`);
    const iframe = page.locator('iframe[data-plain]');
    const inner = page.frameLocator('iframe[data-plain]');
    await expect(inner.getByRole('heading', { level: 1 })).toHaveText(toolNames[tool]);
    await expectFitted(iframe, inner);
    const before = await heightOf(iframe);
    await use(inner, tool);
    await expect.poll(() => heightOf(iframe)).not.toBe(before);
    await expectFitted(iframe, inner);
    expect(report.cspViolations).toEqual([]);
  });
}

test('a link to another tool stays in the frame, on the same plan and in the same colours', async ({
  page,
  report,
}) => {
  await page.goto(
    scriptUrl({ tool: 'conversations', accent: '#8c1515', org: 'Riverside College' }),
  );
  const iframe = page.locator('iframe.iik-embed');
  const inner = page.frameLocator('iframe.iik-embed');
  await expect(inner.locator('[data-island]:not([data-hydrated])')).toHaveCount(0);
  await addPerson(inner, 'Priya Raman', 'Northwind Health');
  // Her card's next step opens the outreach tool on her plan, with the first message.
  await inner.locator('.cv-row').getByRole('link', { name: 'Write to Priya' }).click();
  await expect(inner.getByRole('heading', { level: 1 })).toHaveText(toolNames.outreach);
  // The frame's title, which a screen reader announces, names the tool it shows now.
  await expect(iframe).toHaveAttribute('title', new RegExp(`^${toolNames.outreach}`));
  const frame = page.frame({ url: /\/embed\/outreach\// })!;
  const address = new URL(frame.url());
  expect(address.searchParams.get('accent')).toBe('#8c1515');
  expect(address.searchParams.get('org')).toBe('Riverside College');
  expect(address.searchParams.get('frame')).toMatch(/^iik/);
  await expect(inner.getByLabel('Their name')).toHaveValue('Priya Raman');
  await expect(inner.getByText('Provided by Riverside College')).toBeVisible();
  await expect.poll(() => accentIn(inner)).toBe('#8c1515');
  // The host keeps sizing the frame: the height messages carry the same frame id.
  await expectFitted(iframe, inner);
  // The plan bar's link goes back to every conversation, still in the frame.
  await inner.getByRole('link', { name: 'All conversations' }).click();
  await expect(inner.getByRole('heading', { level: 1 })).toHaveText(toolNames.conversations);
  await expect(inner.locator('.cv-row')).toHaveCount(1);
  // The way out is still the one that carries the plans, to the tool the frame shows now.
  await expectOneWayOut(inner, 'conversations');
  expect(report.cspViolations).toEqual([]);
});

test('several embeds share a page, each sized on its own, and leak no globals', async ({
  page,
  report,
}) => {
  // Every tool, and the first one twice: two of the same tool must not mix up their sizes either.
  const tools = [...embedTools, first];
  await page.goto(`${hostOrigin}/blank`);
  const bare = new Set(await page.evaluate(() => Object.keys(window)));
  await page.goto(scriptUrl({ tool: tools }));
  const frames = page.locator('iframe.iik-embed');
  await expect(frames).toHaveCount(tools.length);
  const inner = (i: number) => page.frameLocator(`iframe.iik-embed >> nth=${i}`);
  for (const [i, tool] of tools.entries()) {
    await expect(frames.nth(i)).toHaveAttribute('src', new RegExp(`/embed/${tool}/\\?frame=iik`));
    await expectFitted(frames.nth(i), inner(i));
  }
  // Changing the last embed's height leaves the others as they were.
  const heights = await Promise.all(tools.map((_, i) => heightOf(frames.nth(i))));
  const changed = tools.length - 1;
  await use(inner(changed), tools[changed]);
  await expect.poll(() => heightOf(frames.nth(changed))).not.toBe(heights[changed]);
  await expectFitted(frames.nth(changed), inner(changed));
  for (const i of tools.keys()) {
    if (i !== changed) expect(await heightOf(frames.nth(i))).toBe(heights[i]);
  }
  // Indexed properties ("0", "1", …) are the frames themselves, not globals.
  const added = (await page.evaluate(() => Object.keys(window))).filter(
    (k) => !bare.has(k) && !/^\d+$/.test(k),
  );
  expect(added).toEqual([]);
  expect(report.cspViolations).toEqual([]);
});

test('an invalid or unreadable accent falls back to the default colour', async ({
  page,
  report,
}) => {
  for (const accent of ['#ffeb3b', 'red;background:url(//evil)', '#12345']) {
    await page.goto(scriptUrl({ tool: first, accent, theme: 'light' }));
    const inner = page.frameLocator('iframe.iik-embed');
    await expect(inner.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(inner.locator('html')).toHaveAttribute('data-theme', 'light');
    // The check loads after the page: once the frame has fetched everything, the default stays.
    await page.frame({ url: /\/embed\// })!.waitForLoadState('networkidle');
    expect(await accentIn(inner), accent).toBe(site.accent);
  }
  expect(report.cspViolations).toEqual([]);
});

test('the institution name is shown as text, cut to length, never as markup', async ({
  page,
  report,
}) => {
  const org = `<img src=x onerror="document.title='owned'">${'x'.repeat(200)}`;
  await page.goto(scriptUrl({ tool: last, org, theme: 'dark' }));
  const inner = page.frameLocator('iframe.iik-embed');
  const name = inner.locator('[data-embed-org]');
  await expect(name).toHaveText(org.slice(0, 80));
  await expect(inner.locator('img')).toHaveCount(0);
  await expect(inner.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await accentIn(inner)).toBe(site.accentDark);
  expect(report.cspViolations).toEqual([]);
});

test('height messages from another origin, the host or another embed are ignored', async ({
  page,
  report,
}) => {
  await page.goto(scriptUrl({ tool: [first, last], attacker: '1' }));
  const iframes = page.locator('iframe.iik-embed');
  await expect(iframes).toHaveCount(2);
  for (const i of [0, 1]) {
    await expectFitted(iframes.nth(i), page.frameLocator(`iframe.iik-embed >> nth=${i}`));
  }
  const fitted = await Promise.all([heightOf(iframes.nth(0)), heightOf(iframes.nth(1))]);
  const ids = await Promise.all(
    [0, 1].map(async (i) =>
      new URL((await iframes.nth(i).getAttribute('src'))!).searchParams.get('frame'),
    ),
  );
  const forge = (id: string | null) => ({ type: HEIGHT_MESSAGE, frame: id, height: 4321 });
  // Worst case: the senders know the frame ids.
  const advert = page.frames().find((f) => f.url().startsWith(`${otherOrigin}/attacker`))!;
  await advert.evaluate((ms) => ms.forEach((m) => parent.postMessage(m, '*')), ids.map(forge));
  await page.evaluate((ms) => ms.forEach((m) => window.postMessage(m, '*')), ids.map(forge));
  // The first embed (the toolkit's own origin, but not the second's frame) posts the second's id.
  const firstFrame = page.frames().find((f) => f.url().includes(`frame=${ids[0]}`))!;
  await firstFrame.evaluate((m) => parent.postMessage(m, '*'), forge(ids[1]));
  await page.waitForTimeout(500);
  expect(await Promise.all([heightOf(iframes.nth(0)), heightOf(iframes.nth(1))])).toEqual(fitted);
  expect(report.cspViolations).toEqual([]);
});

test('with storage blocked inside the frame, the tool still works and says so', async ({
  page,
  report,
}) => {
  await page.addInitScript(() => {
    if (window.top === window.self) return;
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto(scriptUrl({ tool: first }));
  const inner = page.frameLocator('iframe.iik-embed');
  await expect(inner.locator('[data-embed-storage]:visible')).toHaveText(storageNotes.memory);
  // The plan bar still works, in memory.
  await inner.getByRole('button', { name: 'New plan' }).click();
  await expect(inner.getByRole('combobox', { name: 'Working on' })).toContainText('Conversation 2');
  // Export is the way to take the plans to the full site.
  await inner.getByText('Rename, delete, export or import').click();
  const download = page.waitForEvent('download');
  await inner.getByRole('button', { name: 'Export all plans' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.json$/);
  await use(inner, first);
  await expectFitted(page.locator('iframe.iik-embed'), inner);
  expect(report.cspViolations).toEqual([]);
});

test('inside a frame with storage, it says the plans stay on this site', async ({
  page,
  report,
}) => {
  await page.goto(scriptUrl({ tool: last }));
  const inner = page.frameLocator('iframe.iik-embed');
  await expect(inner.locator('[data-embed-storage]:visible')).toHaveText(
    storageNotes.framedParts.join(` (${new URL(hostOrigin).host})`),
  );
  expect(report.cspViolations).toEqual([]);
});

test('axe finds nothing on the host page or inside the embeds', async ({ page, report }) => {
  test.setTimeout(120_000);
  await page.goto(scriptUrl({ tool: [...embedTools], org: 'Riverside College' }));
  for (const i of embedTools.keys()) {
    await expect(
      page.frameLocator(`iframe.iik-embed >> nth=${i}`).getByRole('heading', { level: 1 }),
    ).toBeVisible();
    // Let the islands hydrate, so axe sees the interactive state.
    await expect(
      page
        .frameLocator(`iframe.iik-embed >> nth=${i}`)
        .locator('[data-island]:not([data-hydrated])'),
    ).toHaveCount(0);
  }
  expect(await axeViolations(page)).toEqual([]);
  expect(report.cspViolations).toEqual([]);
});

test('/embed.js is served as JavaScript, under 2 KB gzipped', async ({ request }) => {
  const res = await request.get('/embed.js');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toMatch(/javascript/);
  const gz = gzipSync(await res.body()).length;
  expect(gz).toBeLessThan(2048);
});

test('the configurator builds a snippet, copies it and previews the embed', async ({
  page,
  report,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/embed/');
  await page.getByRole('radio', { name: toolNames[last] }).check();
  await page.getByLabel('Brand colour (hex, e.g. #8c1515)').fill('#ffeb3b');
  await expect(page.locator('#embed-accent-note')).toContainText('default colour');
  await page.getByLabel('Brand colour (hex, e.g. #8c1515)').fill('#8c1515');
  await expect(page.locator('#embed-accent-note')).toContainText('Meets WCAG AA');
  await page.getByLabel('Institution name').fill('Riverside College');
  const snippet = page.getByLabel('Script (recommended: resizes itself)');
  const expected = `<script src="${toolkit}/embed.js" data-tool="${last}" data-accent="#8c1515" data-org="Riverside College" async></script>`;
  await expect(snippet).toHaveValue(expected);
  // The frame's place, or the frame once it is there.
  await page.locator('.preview-frame').scrollIntoViewIfNeeded();
  const preview = page.frameLocator('iframe.preview-frame');
  await expect(preview.getByText('Provided by Riverside College')).toBeVisible();
  await expect.poll(() => accentIn(preview)).toBe('#8c1515');
  await page.getByRole('button', { name: 'Copy the script snippet' }).click();
  await expect(page.getByRole('status')).toHaveText(copyText.copied('script snippet'));
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  expect(report.cspViolations).toEqual([]);
});

test('on a phone the preview loads only once it is scrolled into view', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/embed/');
  const frame = page.locator('iframe.preview-frame');
  await expect(page.locator('[data-island="embed-configurator"][data-hydrated]')).toHaveCount(1);
  // Until then only its place is there, so no empty document (with no language) sits in the page.
  await expect(frame).toHaveCount(0);
  await page.locator('.preview-place').scrollIntoViewIfNeeded();
  await expect(frame).toHaveAttribute('src', /\/embed\/question-builder\//);
  await expect(
    page.frameLocator('iframe.preview-frame').getByRole('heading', { level: 1 }),
  ).toBeVisible();
});

test('the configurator itself cannot be framed', async ({ page, report }) => {
  report.expectCspViolation(/frame-ancestors/);
  await page.goto(`${hostOrigin}/framed-configurator`);
  await expect.poll(() => report.cspViolations.join(' ')).toMatch(/frame-ancestors 'none'/);
  await expect(
    page.frameLocator('iframe[title="Configurator"]').getByRole('heading', { level: 1 }),
  ).toHaveCount(0);
});
