import { expect, pdfPageCount, test } from '../support/site';

/**
 * The tools in Spanish, end to end, with few page loads: one plan store for both languages, dates
 * in Spanish, the Spanish embed through embed.js, the Spanish checklist on paper, and an outreach
 * email written in Spanish.
 */
const toolkit = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4399)}`;

test('checklist steps ticked in Spanish are the same plan in English, and the Spanish sheet prints on two pages at most', async ({
  page,
}) => {
  await page.goto('/es/tools/checklist/');
  await expect(page.getByRole('button', { name: 'Reiniciar la lista' })).toBeEnabled();
  const first = page.getByRole('checkbox', {
    name: 'Haz una lista corta de personas a las que podrías escribir',
  });
  const second = page.getByRole('checkbox', {
    name: 'Infórmate sobre la persona y su organización',
  });
  await first.check();
  await second.check();
  await expect(page.getByRole('status').last()).toHaveText(/^2 de \d+ pasos hechos\.$/);
  await expect(page.getByLabel('Trabajas en').locator('option:checked')).toHaveText(
    'Mi primera conversación',
  );

  // The same plan in English: the steps are looked up by id, so they read in English, ticked.
  await page.goto('/tools/checklist/');
  await expect(page.getByRole('button', { name: 'Reset checklist' })).toBeEnabled();
  await expect(
    page.getByRole('checkbox', { name: 'Make a short list of people you could ask' }),
  ).toBeChecked();
  await expect(
    page.getByRole('checkbox', { name: 'Read up on the person and their organization' }),
  ).toBeChecked();
  // Its name was given in Spanish and stays as it was.
  await expect(page.getByLabel('Working on').locator('option:checked')).toHaveText(
    'Mi primera conversación',
  );

  await page.goto('/es/print/checklist/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Lista para preparar una entrevista informativa',
  );
  await page.emulateMedia({ media: 'print' });
  for (const format of ['Letter', 'A4'] as const)
    expect(pdfPageCount(await page.pdf({ format })), format).toBeLessThanOrEqual(2);
});

test('a person added on the Spanish conversations page has Spanish dates', async ({ page }) => {
  await page.goto('/es/tools/conversations/');
  await expect(page.getByRole('heading', { name: 'Empieza por una persona' })).toBeVisible();
  await page.getByLabel('Nombre', { exact: true }).fill('Priya Raman');
  await page.getByLabel('Organización', { exact: true }).fill('Parques de la Ciudad');
  await page.getByRole('button', { name: 'Añadir', exact: true }).click();
  await expect(page.locator('.cv-status')).toHaveText('Añadida: Priya Raman.');

  const row = page.locator('.cv-row').filter({ hasText: 'Priya Raman' });
  if ((await row.locator('.cv-log').getAttribute('open')) === null)
    await row.getByText('Registrar lo que pasó con Priya Raman').click();
  await row.getByLabel('Qué pasó').selectOption({ label: 'Petición enviada' });
  // Monday 2 March 2026: the nudge falls a week later, on Monday 9 March.
  await row.getByLabel('Cuándo').fill('2026-03-02');
  await row.getByRole('button', { name: 'Añadir al registro' }).click();
  await expect(page.locator('.cv-status')).toHaveText(
    'Registrado para Priya Raman: Petición enviada.',
  );
  await expect(row).toContainText('Envía a Priya un recordatorio');
  await expect(row).toContainText(/lun, 9 mar/);
  await expect(row).not.toContainText(/Mon|Mar 9/);
});

test('embed.js with data-lang="es" frames the Spanish checklist, titled in Spanish', async ({
  page,
}) => {
  // A career center's page, served by the route (embed.spec.ts covers the cross-origin host).
  const host = `${toolkit}/centro-de-carreras`;
  await page.route(host, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Centro de carreras</title></head><body><main><h1>Prepárate</h1><script src="${toolkit}/embed.js" data-tool="checklist" data-lang="es" async></script></main></body></html>`,
    }),
  );
  await page.goto(host);
  const frame = page.locator('iframe.iik-embed');
  await expect(frame).toHaveAttribute('src', new RegExp(`^${toolkit}/es/embed/checklist/\\?`));
  await expect(frame).toHaveAttribute('title', /^Lista de pasos \(/);
  const inner = page.frameLocator('iframe.iik-embed');
  await expect(inner.locator('html')).toHaveAttribute('lang', 'es');
  await expect(inner.getByRole('heading', { level: 1 })).toHaveText('Lista de pasos');
  await expect(inner.getByRole('button', { name: /^Seguir en el sitio completo/ })).toBeVisible();
  // The frame grows to its content, as the English one does.
  await expect.poll(async () => (await frame.boundingBox())?.height ?? 0).toBeGreaterThan(700);
  // A link to another tool stays in the frame, in Spanish, and the title names that tool.
  await inner.getByRole('link', { name: 'Todas las conversaciones' }).click();
  await expect(inner.getByRole('heading', { level: 1 })).toHaveText(
    'Seguimiento de conversaciones',
  );
  await expect(frame).toHaveAttribute('title', /^Seguimiento de conversaciones \(/);
});

test('an outreach email written in Spanish greets with a colon and has no English left', async ({
  page,
}) => {
  await page.goto('/es/tools/outreach/');
  await page.getByLabel('Su nombre').fill('Priya Raman');
  await page.getByLabel('Su organización').fill('Parques de la Ciudad');
  await page.getByLabel('Tu nombre').fill('Samuel Rivera');
  await page.getByLabel('Tu interés general').fill('la planificación urbana');
  const body = page.getByLabel('Mensaje', { exact: true });
  // The greeting ends with a colon, as Spanish letters do (“Hola, Priya:”, “Estimada Sra. Raman:”).
  await expect(body).toHaveValue(/^(Estimad[oa]|Hola)[^\n]*:\n/);
  const text = await body.inputValue();
  expect(text).not.toMatch(/\b(Dear|Hi|Best|Thank you|I am|would you)\b/);
  await expect(page.getByRole('heading', { name: 'Revisiones' })).toBeVisible();
});
