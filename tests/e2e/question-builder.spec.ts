import { questionsThatFit } from '../../src/lib/questions/bank';
import { page as pageText } from '../../src/lib/strings/question-builder';
import { bankQuestions } from '../support/content';
import { expect, test } from '../support/site';

const path = '/tools/question-builder/';

test('build a list, reorder it by keyboard, reload, and share it to a fresh browser', async ({
  page,
  browser,
}) => {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  const bank = page.getByRole('region', { name: 'Question bank' });

  await bank.getByLabel('Search the bank').fill('who else should I talk');
  await bank.getByRole('button', { name: 'Add', exact: true }).first().click();
  await bank.getByLabel('Search the bank').fill('');
  await bank.getByLabel('Category').selectOption('advice');
  await bank.getByRole('button', { name: 'Add', exact: true }).first().click();
  await bank.getByLabel('Category').selectOption('warm-up');
  await bank.getByRole('button', { name: 'Add', exact: true }).first().click();
  await page.getByLabel('Write your own question').fill('What do you read every week?');
  await page.getByLabel('Write your own question').press('Enter');
  await expect(page.locator('.qb-item')).toHaveCount(4);
  const before = await page.locator('.qb-text').allInnerTexts();

  // Keyboard only: focus the last question's "Move up" and press it twice.
  const up = page.locator('.qb-item').nth(3).getByRole('button', { name: 'Move up' });
  await up.focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('status').filter({ hasText: 'Moved to position 3 of 4' }),
  ).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('status').filter({ hasText: 'Moved to position 2 of 4' }),
  ).toBeVisible();
  await expect(
    page.locator('.qb-item').nth(1).getByRole('button', { name: 'Move up' }),
  ).toBeFocused();

  const expected = [before[0], before[3], before[1], before[2]];
  await expect(page.locator('.qb-text')).toHaveText(expected);
  await page.locator('.qb-item').nth(1).getByLabel('Notes on the answer').fill('Two newsletters.');

  await page.reload();
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.qb-text')).toHaveText(expected);
  await expect(page.locator('.qb-item').nth(1).getByLabel('Notes on the answer')).toHaveValue(
    'Two newsletters.',
  );

  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('#share=');

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  const offer = other.locator('.qb').getByRole('alert');
  await expect(offer).toContainText('4 questions');
  await offer.getByRole('button', { name: 'Replace' }).click();
  await expect(other.locator('.qb-text')).toHaveText(expected);
  // Notes are private: a shared list carries none.
  await expect(other.locator('.qb-item').nth(1).getByLabel('Notes on the answer')).toHaveValue('');
  await fresh.close();
});

test('a damaged share link says so and changes nothing', async ({ page }) => {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  await page.getByLabel('Write your own question').fill('My only question?');
  await page.getByRole('button', { name: 'Add', exact: true }).first().click();
  await page.goto(`${path}#share=eyJub3QiOiJhIGxpc3Qi`);
  await page.reload();
  await expect(page.locator('.qb').getByRole('alert')).toContainText('nothing was loaded');
  await expect(page.locator('.qb-text')).toHaveText(['My only question?']);
});

test('placeholders fill from the plan and flag what is missing', async ({ page }) => {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  await page.getByLabel('Search the bank').fill('typical week');
  const question = page.getByRole('region', { name: 'Question bank' }).locator('li').first();
  await expect(question.locator('mark')).toHaveText('[role]');
  await expect(question).not.toContainText('undefined');
  await page.getByLabel('Their role').fill('data analyst');
  await expect(question).toContainText(
    'What does a typical week look like for you as a data analyst?',
  );
  await expect(question.locator('mark')).toHaveCount(0);
  // The article follows the role as typed.
  await page.getByLabel('Their role').fill('Epidemiologist');
  await expect(question).toContainText(
    'What does a typical week look like for you as an Epidemiologist?',
  );
  await page.getByLabel('Their organization').fill('State Department of Public Health');
  await page.getByLabel('Search the bank').fill('what does');
  await expect(
    page
      .getByRole('region', { name: 'Question bank' })
      .getByText(/^What does the State Department of Public Health do/),
  ).toBeVisible();
});

test('suggest a set fits the chosen length and flags a list that runs over', async ({ page }) => {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  await page.getByLabel('Length').selectOption('30');
  await page.getByRole('button', { name: 'Suggest a set' }).click();
  await expect(page.locator('.qb-item')).toHaveCount(questionsThatFit(30));
  await page.getByLabel('Length').selectOption('15');
  const over = questionsThatFit(30) - questionsThatFit(15);
  await expect(page.getByText(`Runs over: ${over} more than fit`)).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the bank is readable, grouped by category', async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: 'Advice', level: 3 })).toBeVisible();
    const bank = page.getByRole('region', { name: 'The whole question bank' });
    await expect(bank).toBeVisible();
    await expect(bank).toContainText('Who else do you think I should talk to?');
    // Every question of the bank, from src/content/questions.
    await expect(bank.getByRole('listitem')).toHaveCount(bankQuestions().length);
    await expect(page.getByRole('link', { name: 'Print a blank question sheet' })).toBeVisible();
    // The note's last sentence and the link are two sentences, with a space between them.
    await expect(page.locator('main .notice')).toContainText(
      `${pageText.noscript} ${pageText.printLink}.`,
    );
  });
});
