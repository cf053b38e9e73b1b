import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import NoScript from '../../../../../src/components/islands/runtime/NoScript.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const render = (url: string, props: Record<string, unknown>) =>
  container.renderToString(NoScript, { props, request: new Request(`http://localhost${url}`) });

describe('NoScript.astro', () => {
  test('says the note, and links the printable sheet in the page’s language', async () => {
    const html = await render('/es/tools/organizations/', {
      note: 'Sin JavaScript puedes usar la hoja.',
      sheet: { path: '/print/organizations/', label: 'Una lista en blanco' },
    });
    expect(html).toBe(
      '<noscript><p class="notice">Sin JavaScript puedes usar la hoja.</p><p><a href="/es/print/organizations/">Una lista en blanco</a></p></noscript>',
    );
  });

  test('is the note alone for a tool without a sheet', async () => {
    const html = await render('/tools/checklist/', { note: 'Ticks need JavaScript.' });
    expect(html).toBe('<noscript><p class="notice">Ticks need JavaScript.</p></noscript>');
  });
});
