import type { Page } from '@playwright/test';
import { expect, test } from '../support/site';
import { axeViolations } from '../support/axe';

/** Axe finds nothing on the page as it is now, and nothing scrolls sideways at 320 px. */
async function inUse(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.setViewportSize(size);
}

/**
 * The target organizations tool as a student uses it, on the page clock, in both languages:
 * their LinkedIn connections read, two organizations chosen, the people there shown, a plan
 * made by writing to one of them; four business days later Today names the second person at
 * that organization, and once someone replies, the "What is working" panel counts it.
 */

const connections = `Notes:
"When exporting your connection data, you may notice that some of the email addresses are missing."

First Name,Last Name,URL,Email Address,Company,Position,Connected On
Ana,Souza,https://www.linkedin.com/in/ana-souza,,"Northwind Health, Inc.",Nurse manager,12 Mar 2025
Luis,Ortega,https://www.linkedin.com/in/luis-ortega,,Northwind Health,Data analyst,01 Feb 2024
Mei,Chen,,,River Bank,Teller,01 Feb 2024
Tom,Reyes,,,River Bank,Branch manager,01 Feb 2024
Sam,Lee,,,Blue Sky Labs,Designer,01 Feb 2024
`;

const words = {
  en: {
    base: '',
    file: 'Your Connections.csv',
    read: 'Read 5 connections at 3 organizations.',
    add: 'Add 2 organizations',
    people: (org: string) => `People you know at ${org}`,
    write: (name: string) => `Write to ${name}`,
    theirName: 'Their name',
    organization: 'Their organization',
    sent: 'Mark as sent today',
    second: (name: string, org: string) => `Write to ${name} at ${org}`,
    log: (name: string) => `Log what happened with ${name}`,
    kind: 'What happened',
    replied: 'They replied',
    when: 'When',
    addLog: 'Add to the log',
    working: 'What is working',
    before: '3 requests sent so far; answered: 0.',
    after: '3 requests sent so far; answered: 1.',
    linkedin: 'LinkedIn connection: 1 reply of 3',
  },
  es: {
    base: '/es',
    file: 'Tu Connections.csv',
    read: 'Leíste 5 contactos en 3 organizaciones.',
    add: 'Añade 2 organizaciones',
    people: (org: string) => `Personas que conoces en ${org}`,
    write: (name: string) => `Escribe a ${name}`,
    theirName: 'Su nombre',
    organization: 'Su organización',
    sent: 'Marcar como enviado hoy',
    second: (name: string, org: string) => `Escribe a ${name}, de ${org}`,
    log: (name: string) => `Registrar lo que pasó con ${name}`,
    kind: 'Qué pasó',
    replied: 'Respondió',
    when: 'Cuándo',
    addLog: 'Añadir al registro',
    working: 'Qué te funciona',
    before: '3 peticiones enviadas por ahora; con respuesta: 0.',
    after: '3 peticiones enviadas por ahora; con respuesta: 1.',
    linkedin: 'Contacto de LinkedIn: 1 respuesta de 3',
  },
};

for (const [lang, w] of Object.entries(words)) {
  test(`${lang}: connections to targets, a plan from a connection, the second person after three business days, and what is working`, async ({
    page,
    report,
  }) => {
    // Four tools and a file in one journey: more than the default minute on a busy machine.
    test.setTimeout(120_000);
    // Monday, December 7, 2026, 9 am on the student's clock.
    await page.clock.install({ time: new Date(2026, 11, 7, 9, 0) });
    await page.goto(`${w.base}/tools/organizations/`);
    await expect(page.locator('[data-island]:not([data-hydrated])')).toHaveCount(0);
    await page.getByLabel(w.file).setInputFiles({
      name: 'Connections.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(connections),
    });
    await expect(page.locator('.org-status')).toHaveText(w.read);
    // The most connected first: both are chosen, the third is left.
    await page.getByLabel(/^Northwind Health, Inc\./).check();
    await page.getByLabel(/^River Bank/).check();
    await page.getByRole('button', { name: w.add }).click();
    const list = page.locator('.org-list');
    await expect(list.getByRole('heading', { level: 3 })).toHaveText([
      /Northwind Health, Inc\./,
      /River Bank/,
    ]);

    /** Writes to a connection from the list and marks the first message sent in the outreach tool. */
    const writeTo = async (org: string, name: string) => {
      await page.goto(`${w.base}/tools/organizations/`);
      await page.getByText(w.people(org)).click();
      await page.getByRole('button', { name: w.write(name) }).click();
      await expect(page).toHaveURL(new RegExp(`${w.base}/tools/outreach/`));
      await expect(page.getByLabel(w.theirName)).toHaveValue(name);
      await expect(page.getByLabel(w.organization, { exact: true })).toHaveValue(org);
      // The dates section loads as it scrolls into view.
      await page.locator('#or-dates-h').scrollIntoViewIfNeeded();
      await page.getByRole('button', { name: w.sent }).click();
      await expect(page.getByRole('button', { name: w.sent })).toHaveCount(0);
    };
    await writeTo('Northwind Health, Inc.', 'Ana Souza');
    await page.goto(`${w.base}/tools/organizations/`);
    await page.getByText(w.people('Northwind Health, Inc.')).click();
    await expect(page.locator('.org-people').first()).toContainText('Luis Ortega');
    await inUse(page);
    await writeTo('River Bank', 'Mei Chen');
    await writeTo('River Bank', 'Tom Reyes');

    // Friday: four business days without a reply from Northwind.
    await page.clock.setSystemTime(new Date(2026, 11, 11, 10, 0));
    await page.goto(`${w.base}/tools/conversations/`);
    // Under Today, the second person at Northwind, by name.
    const second = page.locator('.cv-second');
    await expect(
      second.getByRole('button', { name: w.second('Luis Ortega', 'Northwind Health, Inc.') }),
    ).toBeVisible();
    const panel = page.getByRole('region', { name: w.working });
    await expect(panel).toContainText(w.before);

    // Ana answers: the suggestion at Northwind ends, and the panel counts the reply.
    const card = page
      .locator('.cv-row')
      .filter({ has: page.getByRole('heading', { name: 'Ana Souza', exact: true }) });
    await card.getByText(w.log('Ana Souza')).click();
    await card.getByLabel(w.kind).selectOption({ label: w.replied });
    await card.getByLabel(w.when).fill('2026-12-11');
    await card.getByRole('button', { name: w.addLog }).click();
    await expect(panel).toContainText(w.after);
    await expect(panel).toContainText(w.linkedin);
    await expect(second.getByRole('button', { name: /Luis Ortega/ })).toHaveCount(0);
    await inUse(page);
    expect(report.cspViolations).toEqual([]);
  });
}
