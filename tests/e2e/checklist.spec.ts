import { checklistSteps } from '../support/content';
import { expect, pdfPageCount, test } from '../support/site';

const url = '/tools/checklist/';
/** Steps the checklist has, from src/content/checklist/steps.yaml. */
const total = checklistSteps().length;
const step = (page: import('@playwright/test').Page, name: string) =>
  page.getByRole('checkbox', { name });

/** Waits until the islands have read saved state (controls are enabled after mount). */
async function ready(page: import('@playwright/test').Page) {
  await expect(page.getByRole('button', { name: 'Reset checklist' })).toBeEnabled();
}

test('ticked steps are still ticked after a reload', async ({ page, report }) => {
  await page.goto(url);
  await ready(page);
  await step(page, 'Make a short list of people you could ask').check();
  await step(page, 'Send a thank-you note that mentions one thing you learned').check();
  await expect(page.getByRole('status').last()).toHaveText(`2 of ${total} steps done.`);
  await page.reload();
  await ready(page);
  await expect(step(page, 'Make a short list of people you could ask')).toBeChecked();
  await expect(
    step(page, 'Send a thank-you note that mentions one thing you learned'),
  ).toBeChecked();
  await expect(
    step(page, 'Ask for advice, not for a job, in a first conversation'),
  ).not.toBeChecked();
  await expect(page.getByText(`2 of ${total} done`)).toBeVisible();
  expect(report.errors).toEqual([]);
});

test('own steps can be added and removed, and reset can be undone', async ({ page }) => {
  await page.goto(url);
  await ready(page);
  await page
    .getByLabel('Add your own step to “During the conversation”')
    .fill('Ask about part-time study');
  await page.getByLabel('Add your own step to “During the conversation”').press('Enter');
  await step(page, 'Ask about part-time study').check();
  await step(page, 'Join or arrive a few minutes early').check();
  await expect(page.getByText(`2 of ${total + 1} done`)).toBeVisible();
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Reset checklist' }).click();
  await expect(page.getByText(`0 of ${total} done`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo reset' })).toBeFocused();
  await page.getByRole('button', { name: 'Undo reset' }).click();
  await expect(step(page, 'Ask about part-time study')).toBeChecked();
  await page.getByRole('button', { name: 'Remove your step “Ask about part-time study”' }).click();
  await expect(page.getByText(`1 of ${total} done`)).toBeVisible();
});

test('corrupt saved data is kept aside, the user is told, and the page works', async ({ page }) => {
  await page.goto(url);
  await ready(page);
  await page.evaluate(() => localStorage.setItem('iik:plans:v3', '{not json'));
  await page.reload();
  await ready(page);
  await expect(page.getByRole('alert')).toContainText('could not be read');
  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('iik:plans:corrupt:'))
      .map((k) => localStorage.getItem(k)),
  );
  expect(kept).toEqual(['{not json']);
  await step(page, 'Tidy up your LinkedIn profile').check();
  await page.reload();
  await ready(page);
  await expect(step(page, 'Tidy up your LinkedIn profile')).toBeChecked();
});

test('with localStorage throwing on access the checklist still works', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto(url);
  await ready(page);
  await expect(page.getByRole('alert')).toContainText('blocks saving');
  await step(page, 'Prepare 5 to 10 questions, most important first').check();
  await expect(page.getByText(`1 of ${total} done`)).toBeVisible();
  await page.getByRole('button', { name: 'New plan' }).click();
  await expect(page.getByLabel('Working on')).toHaveValue(/.+/);
  await expect(step(page, 'Prepare 5 to 10 questions, most important first')).not.toBeChecked();
});

test.describe('offline', () => {
  // The one test with the service worker, which the other tests block (playwright.config.ts).
  test.use({ serviceWorkers: 'allow' });
  test('after one visit the checklist reloads with no connection', async ({ page, context }) => {
    await page.goto(url);
    await ready(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller)
        await new Promise((resolve) =>
          navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
        );
    });
    await step(page, 'Ask for advice, not for a job, in a first conversation').check();
    await context.setOffline(true);
    await page.reload();
    await ready(page);
    await expect(page.getByRole('heading', { name: 'Prep checklist', level: 1 })).toBeVisible();
    await expect(
      step(page, 'Ask for advice, not for a job, in a first conversation'),
    ).toBeChecked();
    await page.goto('/print/checklist/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('prep checklist');
    // An address that was never saved gets the offline page, with links to what works.
    await page.goto('/guides/a-page-that-was-never-saved/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'You are offline, and this page is not saved here',
    );
    await page.getByRole('main').getByRole('link', { name: 'Outreach messages' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Outreach');
    // Under /es/, the offline page in Spanish.
    await page.goto('/es/guides/una-pagina-nunca-guardada/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Estás sin conexión y esta página no está guardada aquí',
    );
  });

  // The sheet promises the steps on one page and a ruled notes page (src/lib/strings/checklist.ts).
  for (const format of ['Letter', 'A4'] as const) {
    test(`the blank sheet prints on the two ${format} pages it promises`, async ({ page }) => {
      await page.goto('/print/checklist/');
      expect(pdfPageCount(await page.pdf({ format }))).toBe(2);
    });
  }
});

test('printing the tool prints this plan with its ticks and notes', async ({ page }) => {
  await page.goto(url);
  await ready(page);
  await step(page, 'Read up on the person and their organization').check();
  await page.getByLabel('Notes for this conversation').fill('Ask Dana about the data team.');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText('Ask Dana about the data team.', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reset checklist' })).toBeHidden();
  await expect(step(page, 'Read up on the person and their organization')).toBeChecked();
  await expect(page.locator('.checklist .print-only').first()).toContainText(
    'My first conversation',
  );
});
