import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../support/site';
import { axeViolations } from '../support/axe';

/** A local calendar date `days` before today, as the date field takes it. */
function daysAgo(days: number) {
  const d = new Date();
  d.setDate(d.getDate() - days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

async function addPerson(page: Page, name: string, organization: string) {
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Organization', { exact: true }).fill(organization);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.locator('.cv-status')).toHaveText(`Added ${name}.`);
}

const card = (page: Page, name: string) =>
  page.locator('.cv-row').filter({ has: page.getByRole('heading', { name, exact: true }) });

async function logFor(page: Page, name: string, what: string, date: string) {
  const row = card(page, name);
  // Open the log unless an earlier entry left it open.
  if ((await row.locator('.cv-log').getAttribute('open')) === null)
    await row.getByText(`Log what happened with ${name}`).click();
  await row.getByLabel('What happened').selectOption({ label: what });
  await row.getByLabel('When').fill(date);
  await row.getByRole('button', { name: 'Add to the log' }).click();
  await expect(page.locator('.cv-status')).toHaveText(`Logged for ${name}: ${what}.`);
}

test.beforeEach(async ({ page }) => {
  await page.goto('/tools/conversations/');
  await expect(page.getByRole('heading', { name: 'Start with one person' })).toBeVisible();
});

test('a request sent eight days ago shows its nudge overdue, and the button opens the nudge on that plan', async ({
  page,
  report,
}) => {
  await addPerson(page, 'Priya Raman', 'City Parks');
  await addPerson(page, 'Ben Ortiz', 'Harbor Health');
  await addPerson(page, 'Cara Diaz', 'Northwind');
  await expect(page.locator('.cv-row')).toHaveCount(3);

  await logFor(page, 'Ben Ortiz', 'Request sent', daysAgo(8));
  await expect(card(page, 'Ben Ortiz')).toContainText('Asked');
  const overdue = page.locator('.cv-group-overdue');
  await expect(overdue.getByRole('heading')).toHaveText('Overdue (1)');
  await expect(overdue.getByRole('listitem')).toHaveText(/^Send Ben one nudge Due /);

  await overdue.getByRole('link', { name: 'Send Ben one nudge' }).click();
  await expect(page).toHaveURL(/\/tools\/outreach\/$/);
  await expect(page.getByLabel('Their name')).toHaveValue('Ben Ortiz');
  await expect(page.getByLabel('Working on').locator('option:checked')).toHaveText('Ben Ortiz');
  await expect(page.getByLabel('Channel')).toHaveValue('nudge');
  await expect(page.getByLabel('Message', { exact: true })).toHaveValue(
    /^Hi Ben,\n\nJust bringing my note from last week back to the top of your inbox\./,
  );
  // The address no longer asks for the nudge: a reload keeps what the student picks next.
  await page.getByLabel('Channel').selectOption('email');
  await page.reload();
  await expect(page.getByLabel('Channel')).toHaveValue('email');
  expect(report.cspViolations).toEqual([]);
});

test('a debrief with two suggested names makes two referral plans whose first message opens with the referral', async ({
  page,
}) => {
  await addPerson(page, 'Priya Raman', 'City Parks');
  await addPerson(page, 'Ben Ortiz', 'Harbor Health');
  await addPerson(page, 'Cara Diaz', 'Northwind');
  await logFor(page, 'Priya Raman', 'Talked', daysAgo(0));
  // Talked today, on a date: the thank-you is due tomorrow.
  await expect(page.locator('.cv-group-week')).toContainText('Write the thank-you to Priya');

  const priya = card(page, 'Priya Raman');
  await priya.getByText('Debrief of your talk with Priya Raman').click();
  await priya.getByLabel('What I learned').fill('Most park planners start in the field crews.');
  await priya.getByLabel('Something to do next').fill('Volunteer for the spring tree count');
  await priya.getByRole('button', { name: 'Add', exact: true }).first().click();
  await priya
    .getByRole('button', {
      name: 'Add “Volunteer for the spring tree count” to this plan’s checklist',
    })
    .click();
  await expect(priya.getByText('In the checklist')).toBeVisible();
  for (const [name, note] of [
    ['Ana Silva', 'urban forester at the city'],
    ['Tom Reyes', 'runs the volunteer program'],
  ]) {
    await priya.getByLabel('Name', { exact: true }).fill(name);
    await priya.getByLabel('Role, organization or why').fill(note);
    await priya.getByRole('button', { name: 'Add name' }).click();
    await expect(priya.getByLabel('Name', { exact: true })).toBeFocused();
  }
  await priya.getByRole('button', { name: 'Make a plan for Ana Silva' }).click();
  await expect(page.locator('.cv-status')).toHaveText(
    'Made a plan for Ana Silva, referred by Priya Raman.',
  );
  await priya.getByRole('button', { name: 'Make a plan for Tom Reyes' }).click();
  await expect(priya.getByText('Plan made')).toHaveCount(2);

  await expect(page.locator('.cv-row')).toHaveCount(5);
  for (const name of ['Ana Silva', 'Tom Reyes'])
    await expect(card(page, name)).toContainText('Someone referred me, referred by Priya Raman');

  // The page in use, debrief open: nothing for axe to report.
  expect(await axeViolations(page)).toEqual([]);

  await card(page, 'Ana Silva').getByRole('link', { name: 'Write to Ana' }).click();
  await expect(page.getByLabel('Their name')).toHaveValue('Ana Silva');
  // The note's role and organization came with her.
  await expect(page.getByLabel('Their role or job title')).toHaveValue('urban forester');
  await expect(page.getByLabel('Their organization')).toHaveValue('the city');
  await expect(page.getByLabel('Channel')).toHaveValue('email');
  await expect(page.getByLabel('Message', { exact: true })).toHaveValue(
    /^Hi Ana,\n\nPriya Raman suggested I get in touch with you\./,
  );

  // Priya's plan gained the step of telling her how it went, and the next step from the debrief.
  await page.goto('/tools/checklist/');
  await page.getByLabel('Working on').selectOption({ label: 'Priya Raman' });
  await expect(page.getByText('Tell Priya how it went', { exact: true })).toBeVisible();
  await expect(
    page.getByText('Volunteer for the spring tree count', { exact: true }),
  ).toBeVisible();
});

test('a CSV export imports back after the browser storage is cleared, with the same people, stages and next steps', async ({
  page,
}) => {
  await addPerson(page, 'Priya Raman', 'City Parks');
  await addPerson(page, 'Ben Ortiz', 'Harbor Health');
  await page.getByLabel('How you know them').selectOption({ label: 'LinkedIn' });
  await addPerson(page, 'Cara Diaz', 'Northwind');
  await logFor(page, 'Ben Ortiz', 'Request sent', daysAgo(3));
  await logFor(page, 'Priya Raman', 'Request sent', daysAgo(6));
  await logFor(page, 'Priya Raman', 'Talked', daysAgo(1));
  const cards = page.locator('.cv-row');
  await expect(cards).toHaveCount(3);
  // What each card says: name, organization, connection, stage, last event, next step.
  const said = () =>
    cards.evaluateAll((rows) =>
      rows.map((r) =>
        [...r.querySelectorAll('h3, .cv-who, .cv-facts > div')].map((e) =>
          (e as HTMLElement).innerText.replace(/\s+/g, ' '),
        ),
      ),
    );
  const before = await said();
  // A day as the cards show it, `days` before today.
  const day = (days: number) =>
    new Date(`${daysAgo(days)}T12:00`).toLocaleDateString('en-US', {
      weekday: 'short',
      month: 'short',
      day: 'numeric',
    });
  // Three stages, a connection and dated next steps: what the file has to carry.
  expect(before).toEqual([
    [
      'Priya Raman',
      'City Parks',
      'Stage Talked',
      `Last Talked, ${day(1)}`,
      `Next Write the thank-you to Priya, ${day(0)}`,
    ],
    [
      'Ben Ortiz',
      'Harbor Health',
      'Stage Asked',
      `Last Request sent, ${day(3)}`,
      `Next Send Ben one nudge, ${day(-4)}`,
    ],
    [
      'Cara Diaz',
      'Northwind',
      'Connected LinkedIn',
      'Stage To contact',
      'Last Nothing yet',
      `Next Write to Cara, ${day(-7)}`,
    ],
  ]);

  await page.getByText('Import from a spreadsheet, or download a CSV or calendar file').click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const file = await (await download).path();
  await expect(page.locator('.cd-status')).toHaveText('Downloaded 3 people as a CSV file.');

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Start with one person' })).toBeVisible();
  await page.getByText('Import from a spreadsheet, or download a CSV or calendar file').click();
  await page.getByLabel('Import from a spreadsheet (CSV)').setInputFiles({
    name: 'conversations.csv',
    mimeType: 'text/csv',
    buffer: readFileSync(file),
  });
  await expect(page.locator('.cd-status')).toHaveText(
    'Read conversations.csv: 3 people found. All of them are chosen; untick anyone you do not want to add.',
  );
  await page.getByRole('button', { name: 'Add 3 people' }).click();
  await expect(cards).toHaveCount(3);
  expect(await said()).toEqual(before);
  // Kept, not only shown.
  await page.reload();
  await expect(cards).toHaveCount(3);
  expect(await said()).toEqual(before);
});

/** Presses Tab until `target` has focus (at most 150 times), as a keyboard user would. */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 150; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

test('every action works from the keyboard alone, and nothing scrolls sideways at 320 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await tabTo(page, page.getByLabel('Name', { exact: true }));
  await page.keyboard.type('Maria Lopez');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Riverside Clinic');
  await page.keyboard.press('Enter');
  await expect(page.locator('.cv-status')).toHaveText('Added Maria Lopez.');
  await expect(page.getByLabel('Name', { exact: true })).toBeFocused();

  // Open the log, record that they talked, from the keyboard.
  const maria = card(page, 'Maria Lopez');
  await tabTo(page, maria.locator('.cv-log summary'));
  await page.keyboard.press('Enter');
  await tabTo(page, maria.getByLabel('What happened'));
  await maria.getByLabel('What happened').press('ArrowDown'); // replied
  await maria.getByLabel('What happened').press('ArrowDown'); // nudged
  await maria.getByLabel('What happened').press('ArrowDown'); // scheduled
  await maria.getByLabel('What happened').press('ArrowDown'); // talked
  await expect(maria.getByLabel('What happened')).toHaveValue('talked');
  await tabTo(page, maria.getByRole('button', { name: 'Add to the log' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('.cv-status')).toHaveText('Logged for Maria Lopez: Talked.');

  // Today: snooze, then mark done.
  const snooze = page.getByRole('button', { name: 'Snooze 3 days: Write the thank-you to Maria' });
  await tabTo(page, snooze);
  await page.keyboard.press('Enter');
  await expect(page.locator('.cv-status')).toContainText('Snoozed until');
  const done = page.getByRole('button', { name: 'Mark done: Write the thank-you to Maria' });
  await tabTo(page, done);
  await page.keyboard.press('Space');
  await expect(page.locator('.cv-status')).toHaveText('Done: Write the thank-you to Maria.');
  await expect(maria).toContainText('Thanked');

  // Close it, then reopen it.
  await tabTo(page, maria.getByLabel('What happened'));
  await maria.getByLabel('What happened').selectOption('closed');
  await tabTo(page, maria.getByRole('button', { name: 'Add to the log' }));
  await page.keyboard.press('Enter');
  await expect(maria.getByText('Choose why it is closed.')).toBeVisible();
  await expect(maria.getByLabel('Why', { exact: true })).toBeFocused();
  await maria.getByLabel('Why', { exact: true }).selectOption('paused');
  await tabTo(page, maria.getByRole('button', { name: 'Add to the log' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Closed', exact: true })).toBeVisible();
  const reopen = page.getByRole('button', { name: 'Reopen Maria Lopez' });
  await tabTo(page, reopen);
  await page.keyboard.press('Enter');
  await expect(page.locator('.cv-status')).toHaveText('Reopened Maria Lopez.');
  await expect(page.getByRole('heading', { name: 'Closed', exact: true })).toHaveCount(0);

  // Filter by typing.
  await tabTo(page, page.getByLabel('Find by name or organization'));
  await page.keyboard.type('nobody');
  await expect(page.getByText('No one matches.', { exact: false })).toBeVisible();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('river');
  await expect(page.locator('.cv-row')).toHaveCount(1);

  // Every disclosure open, at 320 px the page does not scroll sideways.
  await page
    .locator('.cv details:not([open]) > summary')
    .evaluateAll((s) => s.forEach((x) => (x as HTMLElement).click()));
  // The import and export tools load when opened: measure once they are there.
  await expect(page.getByRole('heading', { name: 'Import and export' })).toBeVisible();
  await expect(page.getByLabel('Import from a spreadsheet (CSV)')).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('without JavaScript the page says what it does and links to the printable tracker', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/tools/conversations/');
  // Playwright's text locators skip <noscript>, even with scripting off: match its paragraph.
  await expect(page.locator('main .notice')).toContainText(
    'works out what is due today. It needs JavaScript, which is off.',
  );
  await expect(
    page.getByRole('link', { name: 'A blank conversation tracker to print' }),
  ).toHaveAttribute('href', '/print/conversations/');
  await context.close();
});
