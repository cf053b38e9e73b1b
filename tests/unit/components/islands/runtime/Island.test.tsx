import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getContainerRenderer } from '@astrojs/preact/container-renderer';
import { loadRenderers } from 'astro:container';
import { fireEvent, waitFor, within } from '@testing-library/preact';
import { Window } from 'happy-dom';
import { useState } from 'preact/hooks';
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import Island from '../../../../../src/components/islands/runtime/Island.astro';
import { defineIsland } from '../../../../../src/components/islands/runtime/define';
import { mountIsland } from '../../../../../src/components/islands/runtime/mount';
import { stubPage } from '../../../../support/dom-page';

/** A small island: shows who it greets and counts clicks, so a live one is easy to tell. */
function Greeting({ name, start }: { name: string; start: number }) {
  const [count, setCount] = useState(start);
  return (
    <p>
      Hello {name}.{' '}
      <button type="button" onClick={() => setCount(count + 1)}>
        Clicked {count} times
      </button>
    </p>
  );
}
const greeting = defineIsland('greeting', Greeting);

// Island.astro renders on the server side of Vite, so this file runs in Node and gives the
// browser half (mountIsland, Preact's hydrate) a happy-dom page of its own.
let container: AstroContainer;
let window: Window;
let document: Document;
let screen: ReturnType<typeof within>;
beforeAll(async () => {
  container = await AstroContainer.create({
    renderers: await loadRenderers([getContainerRenderer()]),
  });
});
beforeEach(() => {
  ({ window, document } = stubPage('http://localhost/tools/'));
  screen = within(document.body);
});
afterEach(async () => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  vi.useRealTimers();
  await window.happyDOM.close();
});

/** Puts Island.astro's output for `props` into the page, as the server writes it. */
async function page(props: { name: string; start: number }) {
  document.body.innerHTML = await container.renderToString(Island, {
    props: { island: greeting, props },
  });
}

/** Runs the page's inline (non-data) scripts as the browser would, then fires `load`. */
function runInlineScripts() {
  const scripts = [...document.querySelectorAll('script:not([type])')].map((s) => s.textContent);
  for (const code of scripts)
    new Function('addEventListener', 'document', code!)(
      window.addEventListener.bind(window),
      document,
    );
  window.dispatchEvent(new window.Event('load'));
  return scripts.length;
}

describe('Island.astro and mountIsland()', () => {
  test('the server renders the markup; mounting hydrates it with the props and marks it', async () => {
    await page({ name: 'Priya', start: 2 });
    expect(document.querySelector('[data-island="greeting"]')?.textContent).toBe(
      'Hello Priya. Clicked 2 times',
    );
    const root = document.querySelector<HTMLElement>('[data-island="greeting"]')!;
    expect(root.dataset.hydrated).toBeUndefined();
    // Before hydration the button is dead markup.
    fireEvent.click(screen.getByRole('button', { name: 'Clicked 2 times' }));
    expect(screen.queryByRole('button', { name: 'Clicked 3 times' })).toBeNull();

    mountIsland(greeting);
    expect(root.dataset.hydrated).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Clicked 2 times' }));
    await waitFor(() => expect(root.querySelector('button')?.textContent).toBe('Clicked 3 times'));
  });

  test('props that contain "</script>" stay in their data block and reach the island intact', async () => {
    const name = '</script><img src=x onerror="window.owned=1">Sam';
    await page({ name, start: 0 });
    // The parser did not end the data block early: no stray element, one block.
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelectorAll('script[type="application/json"]')).toHaveLength(1);
    mountIsland(greeting);
    expect(document.querySelector('[data-island="greeting"] p')?.textContent).toBe(
      `Hello ${name}. Clicked 0 times`,
    );
    expect(document.querySelector('img')).toBeNull();
  });

  test('in development, markup that no script mounts warns in the console', async () => {
    vi.useFakeTimers();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await page({ name: 'Priya', start: 0 });
    expect(runInlineScripts()).toBe(1);
    vi.advanceTimersByTime(999);
    expect(warn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toMatch(
      /Island greeting has markup but no script mounted it/,
    );
  });

  test('in development, a mounted island does not warn', async () => {
    vi.useFakeTimers();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await page({ name: 'Priya', start: 0 });
    mountIsland(greeting);
    expect(runInlineScripts()).toBe(1);
    vi.advanceTimersByTime(1000);
    expect(warn).not.toHaveBeenCalled();
  });

  test('a production page gets no development check, only the markup and the props', async () => {
    vi.stubEnv('DEV', false);
    vi.stubEnv('PROD', true);
    await page({ name: 'Priya', start: 0 });
    expect(document.querySelectorAll('script:not([type="application/json"])')).toHaveLength(0);
    expect(document.querySelectorAll('script[type="application/json"]')).toHaveLength(1);
  });

  test('mounting on a page without the markup warns in development and changes nothing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    document.body.innerHTML = '<p>No island here.</p>';
    mountIsland(greeting);
    expect(warn).toHaveBeenCalledWith('Island "greeting": no markup on this page.');
    expect(document.body.innerHTML).toBe('<p>No island here.</p>');
  });
});
