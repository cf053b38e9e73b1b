import { readFileSync } from 'node:fs';
import { expect, test } from '../support/site';
import { loadTemplates } from '../support/outreach-data';
import { axeViolations } from '../support/axe';

/** The LinkedIn note's limits, from its template (src/content/templates/linkedin-note.yaml). */
const noteTemplate = loadTemplates().find((t) => t.id === 'linkedin-note')!;

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test.beforeEach(async ({ page }) => {
  await page.goto('/tools/outreach/');
  await expect(page.getByLabel('Their name')).toBeEnabled();
});

test('writes a LinkedIn note within the limit, keeps the inputs and copies the message', async ({
  page,
  report,
}) => {
  await page.getByLabel('Their name').fill('Maria Lopez');
  await page.getByLabel('Their organization').fill('the City Climate Office');
  await page.getByLabel('How you are connected').selectOption('referral');
  await page.getByLabel('Who referred you').fill('Professor Chen');
  // The student's own name is marked for the browser to fill in (WCAG 1.3.5).
  await expect(page.getByLabel('Your name')).toHaveAttribute('autocomplete', 'name');
  await page.getByLabel('Your name').fill('Sam Rivera');
  await page.getByLabel('Your broad interest').fill('climate policy');

  await page.getByLabel('Channel').selectOption('linkedin-note');
  const note = page.getByLabel('Message', { exact: true });
  await expect(note).toHaveValue(/^Hi Maria,\nProfessor Chen suggested I get in touch with you\./);
  const counter = page.locator('#or-count');
  await expect(counter).toHaveText(new RegExp(`^\\d+ of ${noteTemplate.maxChars} characters$`));
  const [count] = (await counter.textContent())!.match(/\d+/)!;
  expect(Number(count)).toBe((await note.inputValue()).length);
  expect(Number(count)).toBeLessThanOrEqual(noteTemplate.maxChars!);
  await expect(page.locator('.or-checks')).toContainText('it fits');

  await page.getByLabel('I have LinkedIn Premium').check();
  await expect(counter).toHaveText(`${count} of ${noteTemplate.maxCharsPremium} characters`);

  await page.reload();
  await expect(page.getByLabel('Their name')).toHaveValue('Maria Lopez');
  await expect(page.getByLabel('Who referred you')).toHaveValue('Professor Chen');
  await expect(page.getByLabel('Channel')).toHaveValue('linkedin-note');
  await expect(page.getByLabel('I have LinkedIn Premium')).toBeChecked();

  const text = await note.inputValue();
  await page.getByRole('button', { name: 'Copy message' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'copied' })).toHaveText(
    'Message copied to the clipboard.',
  );
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
  expect(report.cspViolations).toEqual([]);
});

test('shows names that look like HTML, or run right to left, as plain text', async ({ page }) => {
  const html = '<img src=x onerror="window.hacked=1">';
  await page.getByLabel('Their name').fill(html);
  await page.getByLabel('Your name').fill('مريم الحسيني');
  const body = page.getByLabel('Message', { exact: true });
  await expect(body).toHaveValue(new RegExp(`^Hi <img`));
  await expect(body).toHaveValue(/مريم الحسيني$/);
  expect(await page.evaluate(() => 'hacked' in window)).toBe(false);
  await expect(page.locator('main img')).toHaveCount(0);
});

test('edits are kept per channel and can be reset to the template', async ({ page }) => {
  const body = page.getByLabel('Message', { exact: true });
  await body.fill('I hope this email finds you well. Are you hiring? I attached my résumé.');
  const checks = page.locator('.or-checks');
  await expect(checks).toContainText('Cut the stock phrase');
  await expect(checks).toContainText('Leave out jobs');
  await expect(checks).toContainText('Leave out the résumé');
  await page.reload();
  await expect(body).toHaveValue(/^I hope this email/);
  await page.getByRole('button', { name: 'Start again from the template' }).click();
  await expect(body).toHaveValue(/^Hi \[their name\],/);
});

test('opens the mail app with the message, and marks it sent with a calendar reminder', async ({
  page,
}) => {
  await page.getByLabel('Their name').fill('Ana');
  const href = await page.getByRole('link', { name: 'Open in your mail app' }).getAttribute('href');
  expect(href).toMatch(/^mailto:\?subject=.+&body=Hi%20Ana%2C%0D%0A%0D%0A/);

  // The follow-up dates load as the student scrolls down to them.
  await page.getByRole('heading', { name: 'Follow-up dates' }).scrollIntoViewIfNeeded();
  await page.getByRole('button', { name: 'Mark as sent today' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Marked' })).toBeVisible();
  await expect(page.locator('.or-next')).toContainText('Next step: Send Ana one nudge, due');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Download calendar reminders/ }).click(),
  ]);
  const ics = readFileSync((await download.path())!, 'utf8');
  expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(ics).toContain('SUMMARY:Nudge Ana if there is no reply');
});

test('axe finds nothing with the tool in use: failing checks, an edited draft, dates', async ({
  page,
}) => {
  await page.getByLabel('How you are connected').selectOption('event');
  await page.getByLabel('Name of the event').fill('Green Careers Fair');
  await page.getByLabel('Channel').selectOption('linkedin-note');
  await page.getByLabel('Message', { exact: true }).fill('Hi! '.repeat(60));
  await expect(page.locator('#or-count')).toHaveClass(/or-over/);
  await page.getByRole('button', { name: 'Mark as sent today' }).click();
  await page.getByLabel('When is the conversation?').fill('2030-05-06T14:30');
  await expect(page.locator('.or-when li')).toHaveCount(3);
  expect(await axeViolations(page)).toEqual([]);
});
