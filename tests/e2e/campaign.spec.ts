import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expect, test } from '../support/site';

/**
 * A campaign as a student runs it, on the page clock: three people, one request answered and a
 * talk agreed for tomorrow. Every tool reads what happened from the same log: Today, the
 * outreach tool's dates and reminders, and the checklist.
 */

const card = (page: Page, name: string) =>
  page.locator('.cv-row').filter({ has: page.getByRole('heading', { name, exact: true }) });

/** The conversations page on Monday, December 7, 2026, 9 am on the student's clock. */
async function openConversationsOnMonday(page: Page) {
  await page.clock.install({ time: new Date(2026, 11, 7, 9, 0) });
  await page.goto('/tools/conversations/');
}

async function addPerson(page: Page, name: string, organization: string) {
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Organization', { exact: true }).fill(organization);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.locator('.cv-status')).toHaveText(`Added ${name}.`);
}

async function log(page: Page, name: string, what: string, date: string, meeting?: string) {
  const row = card(page, name);
  if ((await row.locator('.cv-log').getAttribute('open')) === null)
    await row.getByText(`Log what happened with ${name}`).click();
  await row.getByLabel('What happened').selectOption({ label: what });
  await row.getByLabel('When').fill(date);
  if (meeting) await row.getByLabel('Conversation date and time').fill(meeting);
  await row.getByRole('button', { name: 'Add to the log' }).click();
  await expect(page.locator('.cv-status')).toHaveText(`Logged for ${name}: ${what}.`);
}

test('a talk agreed for tomorrow: getting ready records nothing, afterwards Today asks, and every tool agrees', async ({
  page,
}) => {
  await openConversationsOnMonday(page);
  await addPerson(page, 'Kai Moana', 'Riverside Health');
  await addPerson(page, 'Priya Shah', 'State Department of Public Health');
  await addPerson(page, 'Ben Ortiz', 'Harbor Health');

  await log(page, 'Kai Moana', 'Request sent', '2026-12-07');
  await log(page, 'Kai Moana', 'They replied', '2026-12-07');
  await log(page, 'Kai Moana', 'Time agreed', '2026-12-07', '2026-12-08T15:00');

  // Before the talk: get ready. "I'm ready" logs nothing about the talk.
  const today = page.locator('.cv-today');
  const prepare = today.getByRole('listitem').filter({ hasText: 'Prepare for your talk with Kai' });
  // Next-step links are relative to the page (they keep its language): where it leads.
  const prepareLink = prepare.getByRole('link', { name: 'Prepare for your talk with Kai' });
  await expect(prepareLink).toBeVisible();
  expect(
    await prepareLink.evaluate(
      (a: HTMLAnchorElement) => new URL(a.href).pathname + new URL(a.href).search,
    ),
  ).toMatch(/^\/tools\/question-builder\/\?plan=/);
  await expect(prepare.getByRole('link', { name: 'Practise your introduction' })).toBeVisible();
  await prepare.getByRole('button', { name: 'I’m ready: Prepare for your talk with Kai' }).click();
  await expect(page.locator('.cv-status')).toHaveText(
    'Ready for your talk with Kai. After it, Today asks how it went.',
  );
  await expect(today).toContainText('Talk with Kai');
  await expect(card(page, 'Kai Moana').locator('.cv-stage')).toHaveText('Scheduled');
  // Focus moved on to the next entry, not to the page.
  expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');

  // The day after, past the agreed time: Today asks whether it happened.
  await page.clock.setSystemTime(new Date(2026, 11, 8, 16, 0));
  await page.reload();
  const asked = today.getByRole('listitem').filter({ hasText: 'Did you talk with Kai?' });
  await expect(asked.getByRole('group', { name: 'Did you talk with Kai?' })).toBeVisible();
  await asked.getByRole('button', { name: 'Yes, we talked' }).click();
  await expect(page.locator('.cv-status')).toHaveText(
    'Logged your talk with Kai. Send the thank-you within a day.',
  );
  // The thank-you is due within a day of the talk (3 pm today, so tomorrow).
  const thank = today.getByRole('listitem').filter({ hasText: 'Write the thank-you to Kai' });
  await expect(thank).toContainText(
    `Due ${new Date(2026, 11, 9, 12).toLocaleDateString('en-US', { weekday: 'short', month: 'short', day: 'numeric' })}`,
  );
  await expect(card(page, 'Kai Moana').locator('.cv-stage')).toHaveText('Talked');

  // The outreach tool, opened on the thank-you, reads the same log.
  await thank.getByRole('link', { name: 'Write the thank-you to Kai' }).click();
  await expect(page.getByLabel('Channel')).toHaveValue('thank-you');
  await page.locator('#or-dates-h').scrollIntoViewIfNeeded();
  const dates = page.locator('.or-dates');
  await expect(dates).toContainText('First message sent on Monday, December 7.');
  await expect(dates).toContainText('You talked on Tuesday, December 8.');
  await expect(dates).not.toContainText('No reply by');
  await expect(dates.getByLabel('When is the conversation?')).toHaveCount(0);
  const download = page.waitForEvent('download');
  await dates.getByRole('button', { name: 'Download calendar reminders (.ics)' }).click();
  const ics = await readFile((await (await download).path())!, 'utf8');
  expect(ics).toContain('SUMMARY:Send a thank-you note to Kai Moana');
  expect(ics).not.toContain('Nudge');
  // The thank-you can be marked sent here, in the same log.
  await dates.getByRole('button', { name: 'Mark the thank-you as sent today' }).click();
  await expect(dates).toContainText('Thank-you sent on Tuesday, December 8.');

  // The student's details, entered once, are every plan's.
  await page.getByLabel('Your name').fill('Sam Rivera');
  await page.getByLabel('Your school or program').fill('Lakeside College');
  await page.getByLabel('Your broad interest').fill('public health');
  await page.getByLabel('Working on').selectOption({ label: 'Priya Shah' });
  const message = page.getByLabel('Message', { exact: true });
  await expect(message).toHaveValue(/I'm Sam Rivera, a student at Lakeside College/);
  await expect(message).toHaveValue(/public health/);
  await expect(message).not.toHaveValue(/\[your (name|school or program)\]/);

  // The checklist for Kai shows what the log proves: the request and the conversation done.
  await page.goto('/tools/checklist/');
  await page.getByLabel('Working on').selectOption({ label: 'Kai Moana' });
  const request = page.getByLabel('Write a short request of about 75 words, with no job ask');
  await expect(request).toBeChecked();
  await expect(request).toBeDisabled();
  await expect(
    page.getByLabel('After you talk, log the conversation on your conversations page'),
  ).toBeChecked();
  await expect(
    page.getByLabel('Send a thank-you note that mentions one thing you learned'),
  ).toBeChecked();

  // A reload keeps it all.
  await page.reload();
  await page.getByLabel('Working on').selectOption({ label: 'Kai Moana' });
  await expect(request).toBeChecked();
});

test('no reply: the nudge marked done in Today, then Today and the outreach tool name the same day to close it, and the checklist has the follow-up done', async ({
  page,
}) => {
  await openConversationsOnMonday(page);
  await addPerson(page, 'Kai Moana', 'Riverside Health');
  await log(page, 'Kai Moana', 'Request sent', '2026-12-07');

  // A week later with no reply: one nudge, marked done in Today.
  await page.clock.setSystemTime(new Date(2026, 11, 14, 9, 0));
  await page.reload();
  const today = page.locator('.cv-today');
  await today.getByRole('button', { name: 'Mark done: Send Kai one nudge' }).click();
  await expect(page.locator('.cv-status')).toHaveText('Done: Send Kai one nudge.');

  // The next day Today gives the day to close it, and the outreach tool says the same.
  await page.clock.setSystemTime(new Date(2026, 11, 15, 9, 0));
  await page.reload();
  const close = today.getByRole('listitem').filter({ hasText: 'No reply from Kai: close it' });
  await expect(close).toContainText('Due Mon, Dec 21');
  await page.goto('/tools/outreach/');
  await page.getByRole('heading', { name: 'Follow-up dates' }).scrollIntoViewIfNeeded();
  const dates = page.locator('.or-dates');
  await expect(dates.locator('.or-when li')).toHaveText([
    'First message sent on Monday, December 7.',
    'Nudge sent on Monday, December 14.',
  ]);
  await expect(dates.locator('.or-next')).toHaveText(
    'Next step: No reply from Kai: close it, due Monday, December 21.',
  );
  await expect(dates).not.toContainText('Mark your message as sent');
  const download = page.waitForEvent('download');
  await dates.getByRole('button', { name: 'Download calendar reminders (.ics)' }).click();
  const ics = await readFile((await (await download).path())!, 'utf8');
  expect(ics).toContain('SUMMARY:Close your request to Kai Moana if there is still no reply');
  expect(ics).toContain('DTSTART;VALUE=DATE:20261221');

  // The checklist reads the same log: the one follow-up is done.
  await page.goto('/tools/checklist/');
  const nudge = page.getByLabel('No reply? Send one polite follow-up, then let it go');
  await expect(nudge).toBeChecked();
  await expect(nudge).toBeDisabled();
});
