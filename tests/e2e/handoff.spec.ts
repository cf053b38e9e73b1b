import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { deflateRawSync } from 'node:zlib';
import type { FrameLocator, Page } from '@playwright/test';
import { expect, test } from '../support/site';
import { handoffOfferText as offer, handoffSendText as send } from '../../src/lib/strings/handoff';
import { handoffUrlMax } from '../../src/lib/plans/handoff.lazy';
import { fill } from '../../src/lib/shared/fill';
import { axeViolations } from '../support/axe';

/** The hand-off's messages as an English page shows them (its wording is props with slots). */
const opened = (names: string[]) =>
  names.length === 1
    ? fill(send.opened.one, { name: names[0] })
    : fill(send.opened.other, { n: names.length });
const heading = (n: number) => (n === 1 ? offer.heading.one : fill(offer.heading.other, { n }));
const added = (names: string[], current: string) =>
  names.length === 1 && names[0] === current
    ? fill(offer.addedCurrent, { current })
    : names.length === 1
      ? fill(offer.added.one, { name: names[0], current })
      : fill(offer.added.other, { n: names.length, current });
const exists = (name: string) => fill(offer.exists, { name });
const allHere = (n: number) => (n === 1 ? offer.allHere.one : offer.allHere.other);

/**
 * Plans move out of an embed: a career center's page on another site (`localhost`, while the
 * toolkit is served as `127.0.0.1`, so the browser partitions the embed's storage) frames the
 * checklist (or the tool its `?tool=` names); "Continue on the full site" opens the toolkit in a
 * new tab carrying every plan in the address fragment, and the full site asks before adding them.
 */
const toolkit = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4399)}`;
let server: Server;
let host = '';

test.beforeAll(async () => {
  server = createServer((req, res) => {
    const tool = new URL(req.url ?? '/', 'http://host').searchParams.get('tool') ?? 'checklist';
    res.writeHead(200, {
      'Content-Type': 'text/html',
      'Content-Security-Policy': `default-src 'none'; frame-src ${toolkit}`,
    });
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Riverside College Career Center</title></head>
<body><main><h1>Plan your informational interviews</h1>
<iframe src="${toolkit}/embed/${tool}/" title="${tool}" width="100%" height="1400"></iframe></main></body></html>`);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  host = `http://localhost:${(server.address() as AddressInfo).port}/`;
});
test.afterAll(() => new Promise<void>((done) => server.close(() => done())));

const planNames = (page: Page) => page.getByLabel('Working on').locator('option').allTextContents();
const stored = (page: Page) => page.evaluate(() => localStorage.getItem('iik:plans:v3'));

/** Opens the host page and, in the embed, names a plan and ticks its first step. */
async function makePlanInEmbed(page: Page): Promise<FrameLocator> {
  await page.goto(host);
  const embed = page.frameLocator('iframe');
  await expect(embed.locator('[data-island]:not([data-hydrated])')).toHaveCount(0);
  await embed.getByText('Rename, delete, export or import').click();
  await embed.getByRole('button', { name: 'Rename' }).click();
  await embed.getByLabel('New name for this plan').fill('Coffee with Dana');
  await embed.getByRole('button', { name: 'Save name' }).click();
  await embed.getByRole('checkbox').first().check();
  return embed;
}

/** Presses "Continue on the full site" in the embed and returns the tab it opens. */
async function continueOnFullSite(page: Page, embed: FrameLocator): Promise<Page> {
  const opened = page.context().waitForEvent('page');
  await embed.getByRole('button', { name: send.button }).click();
  const tab = await opened;
  await tab.waitForLoadState();
  return tab;
}

test('a plan made in an embed on another site is offered, then added, on the full site', async ({
  page,
  report,
}) => {
  const requests: string[] = [];
  page.context().on('request', (r) => void requests.push(r.url()));
  const embed = await makePlanInEmbed(page);
  const tab = await continueOnFullSite(page, embed);
  await expect(embed.getByText(opened(['Coffee with Dana']))).toHaveRole('status');

  const url = new URL(tab.url());
  expect(url.origin + url.pathname).toBe(`${toolkit}/tools/checklist/`);
  expect(url.hash).toMatch(/^#plan=[A-Za-z0-9_-]+$/);
  expect(tab.url().length).toBeLessThanOrEqual(handoffUrlMax);

  // What arrived, before anything is added; focus is on the offer's heading.
  const region = tab.getByRole('region', { name: heading(1) });
  await expect(region.getByRole('heading', { name: heading(1) })).toBeFocused();
  await expect(region).toContainText('Coffee with Dana');
  await expect(region.getByRole('listitem')).toHaveText(['Checklist: 1 step ticked']);
  await expect(tab.getByRole('button', { name: 'Reset checklist' })).toBeEnabled();
  // The embed's storage is not the full site's (partitioned by the host site, or blocked): the
  // plan is not here until the student adds it.
  expect(await planNames(tab)).toEqual(['My first conversation']);
  expect(await axeViolations(tab, { include: '[data-plan-handoff]' })).toEqual([]);

  await region.getByRole('button', { name: offer.add }).click();
  await expect(tab.getByText(added(['Coffee with Dana'], 'Coffee with Dana'))).toBeFocused();
  expect(await planNames(tab)).toEqual(['Coffee with Dana']);
  await expect(tab.getByLabel('Working on')).toHaveValue(/.+/);
  await expect(tab.getByRole('checkbox').first()).toBeChecked();
  expect(new URL(tab.url()).hash).toBe('');

  // Kept, and not offered again on reload.
  await tab.reload();
  await expect(tab.getByRole('button', { name: 'Reset checklist' })).toBeEnabled();
  expect(await planNames(tab)).toEqual(['Coffee with Dana']);
  await expect(tab.getByRole('region', { name: heading(1) })).toHaveCount(0);

  // Handed over again, the same plan is offered as a copy and the first one stays.
  await embed.getByLabel('Notes for this conversation').fill('Ask about the portfolio review.');
  const again = await continueOnFullSite(page, embed);
  const second = again.getByRole('region', { name: heading(1) });
  await expect(second).toContainText(exists('Coffee with Dana'));
  await second.getByRole('button', { name: offer.addCopy }).click();
  const copy = 'Coffee with Dana (copy)';
  await expect(again.getByText(added([copy], copy))).toBeVisible();
  expect(await planNames(again)).toEqual(['Coffee with Dana', 'Coffee with Dana (copy)']);
  await expect(again.getByLabel('Notes for this conversation')).toHaveValue(
    'Ask about the portfolio review.',
  );
  expect(report.cspViolations).toEqual([]);
  // The plan went only in fragments, which browsers keep to themselves.
  expect(requests.filter((r) => r.includes('plan='))).toEqual([]);
});

test('every plan in a tool’s embed goes to the full site, on the plan the student was working on', async ({
  page,
}) => {
  const embed = await makePlanInEmbed(page);
  await embed.getByRole('button', { name: 'New plan' }).click();
  await expect(embed.getByLabel('Working on').locator('option:checked')).toHaveText(
    'Conversation 2',
  );
  await embed.getByRole('checkbox').nth(1).check();
  const tab = await continueOnFullSite(page, embed);
  await expect(embed.getByText(opened(['Coffee with Dana', 'Conversation 2']))).toHaveRole(
    'status',
  );
  const region = tab.getByRole('region', { name: heading(2) });
  await expect(region.getByRole('heading')).toBeFocused();
  await expect(region.getByRole('listitem')).toHaveText([
    'Coffee with Dana: Checklist: 1 step ticked',
    'Conversation 2: Checklist: 1 step ticked',
  ]);
  await region.getByRole('button', { name: offer.add }).click();
  await expect(
    tab.getByText(added(['Coffee with Dana', 'Conversation 2'], 'Conversation 2')),
  ).toBeFocused();
  expect(await planNames(tab)).toEqual(['Coffee with Dana', 'Conversation 2']);
  await expect(tab.getByLabel('Working on').locator('option:checked')).toHaveText('Conversation 2');
  await expect(tab.getByRole('checkbox').nth(1)).toBeChecked();
});

test('from the conversations embed, everyone on the list goes to the full site', async ({
  page,
  report,
}) => {
  const people = [
    ['Priya Raman', 'Northwind Health'],
    ['Ben Ortiz', 'Harbor Health'],
    ['Cara Diaz', 'City Parks'],
  ];
  const names = people.map(([name]) => name);
  await page.goto(`${host}?tool=conversations`);
  const embed = page.frameLocator('iframe');
  await expect(embed.locator('[data-island]:not([data-hydrated])')).toHaveCount(0);
  for (const [name, organization] of people) {
    await embed.getByLabel('Name', { exact: true }).fill(name);
    await embed.getByLabel('Organization', { exact: true }).fill(organization);
    await embed.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(embed.getByRole('status').filter({ hasText: `Added ${name}.` })).toBeVisible();
  }
  await expect(embed.locator('.cv-row')).toHaveCount(3);
  const current = await embed.getByLabel('Working on').locator('option:checked').textContent();

  const tab = await continueOnFullSite(page, embed);
  await expect(embed.getByText(opened(names))).toHaveRole('status');
  const url = new URL(tab.url());
  expect(url.origin + url.pathname).toBe(`${toolkit}/tools/conversations/`);
  expect(tab.url().length).toBeLessThanOrEqual(handoffUrlMax);

  // The offer works as for one plan: it lists what came, and adds nothing until asked.
  const region = tab.getByRole('region', { name: heading(3) });
  await expect(region.getByRole('heading')).toBeFocused();
  await expect(region.getByRole('listitem')).toHaveText(
    people.map(([name, organization]) => `${name} (${organization}): nothing filled in yet`),
  );
  expect(await planNames(tab)).toEqual(['My first conversation']);
  expect(await axeViolations(tab, { include: '[data-plan-handoff]' })).toEqual([]);
  await region.getByRole('button', { name: offer.add }).click();
  await expect(tab.getByText(added(names, current!))).toBeFocused();
  expect(await planNames(tab)).toEqual(names);
  await expect(tab.locator('.cv-row')).toHaveCount(3);
  for (const [name, organization] of people)
    await expect(tab.locator('.cv-row').filter({ hasText: name })).toContainText(organization);
  expect(new URL(tab.url()).hash).toBe('');

  // Continued again with nothing changed: nothing is added twice.
  const again = await continueOnFullSite(page, embed);
  const second = again.getByRole('region', { name: heading(3) });
  await expect(second).toContainText(allHere(3));
  await expect(second.getByRole('button', { name: offer.add })).toHaveCount(0);
  await second.getByRole('button', { name: offer.dismiss }).click();
  await expect(second).toHaveCount(0);
  expect(await planNames(again)).toEqual(names);
  expect(report.cspViolations).toEqual([]);
});

test('declining the offer adds nothing and takes the plan out of the address', async ({ page }) => {
  const embed = await makePlanInEmbed(page);
  const tab = await continueOnFullSite(page, embed);
  await expect(tab.getByRole('button', { name: 'Reset checklist' })).toBeEnabled();
  const before = await stored(tab);
  await tab.getByRole('button', { name: offer.decline }).click();
  await expect(tab.getByText(offer.declined)).toBeFocused();
  expect(new URL(tab.url()).hash).toBe('');
  expect(await planNames(tab)).toEqual(['My first conversation']);
  expect(await stored(tab)).toBe(before);
});

/** base64url of raw DEFLATE, as the embed writes it. */
const pack = (value: unknown) =>
  deflateRawSync(Buffer.from(JSON.stringify(value))).toString('base64url');

for (const [what, code, message] of [
  ['damaged', 'AAAA*not-base64', offer.errors.damaged],
  [
    'cut short',
    pack({ v: 1, plan: { id: 'x', name: 'Cut', createdAt: '', updatedAt: '' } }).slice(0, 12),
    offer.errors.damaged,
  ],
  ['not a plan', pack({ v: 1, plan: { name: 42 } }), offer.errors['not-a-plan']],
] as const) {
  test(`a ${what} plan in the address gets a clear message and changes nothing`, async ({
    page,
  }) => {
    // The student's own work on the full site, which must stay as it is.
    await page.goto('/tools/checklist/');
    await expect(page.getByRole('button', { name: 'Reset checklist' })).toBeEnabled();
    await page.getByRole('checkbox').first().check();
    await page.getByRole('button', { name: 'New plan' }).click();
    await expect.poll(() => stored(page)).toContain('Conversation 2');
    const before = await stored(page);

    await page.goto(`/tools/checklist/#plan=${code}`);
    await page.reload();
    const alert = page.getByRole('region', { name: offer.errorHeading });
    await expect(alert).toContainText(message);
    await expect(alert.getByRole('heading')).toBeFocused();
    expect(await stored(page)).toBe(before);
    expect(await planNames(page)).toEqual(['My first conversation', 'Conversation 2']);

    await alert.getByRole('button', { name: offer.dismiss }).click();
    await expect(alert).toHaveCount(0);
    expect(new URL(page.url()).hash).toBe('');
    await expect(page.getByLabel('Working on')).toBeFocused();
    expect(await stored(page)).toBe(before);
  });
}

test('a plan too large for a link is downloaded as a file, with a message saying so', async ({
  page,
}) => {
  const embed = await makePlanInEmbed(page);
  // Notes that do not compress, longer than any link may carry.
  let x = 7;
  const notes = Array.from({ length: 9000 }, () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return String.fromCharCode(33 + (x % 90));
  }).join('');
  await embed.getByLabel('Notes for this conversation').fill(notes);
  let opened = false;
  page.context().on('page', () => (opened = true));
  const download = page.waitForEvent('download');
  await embed.getByRole('button', { name: send.button }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(send.fileName);
  await expect(embed.getByText(/too large to carry in a link/)).toHaveRole('status');
  expect(opened).toBe(false);

  // The file imports on the full site like any export.
  const text = await readFile(await file.path(), 'utf8');
  const tab = await page.context().newPage();
  await tab.goto(`${toolkit}/tools/checklist/`);
  await tab.getByText('Rename, delete, export or import').click();
  await tab.getByLabel('Import plans from a file').setInputFiles({
    name: send.fileName,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await expect(tab.getByText(/Imported 1 plan/)).toHaveRole('status');
  expect(await planNames(tab)).toEqual(['Coffee with Dana']);
  await expect(tab.getByLabel('Notes for this conversation')).toHaveValue(notes);
});
