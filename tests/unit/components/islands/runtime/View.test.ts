import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { Window } from 'happy-dom';
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import View from '../../../../../src/components/islands/runtime/View.astro';
import { defineView } from '../../../../../src/components/islands/runtime/define';
import { defineElement } from '../../../../../src/components/islands/runtime/dom';
import { stubPage } from '../../../../support/dom-page';

const greeting = defineView<{ name: string }>('greeting');

// View.astro renders on the server side of Vite, so this file runs in Node and gives the
// browser half (defineElement) a happy-dom page of its own, with its element registry.
let container: AstroContainer;
let window: Window;
let document: Document;
beforeAll(async () => {
  container = await AstroContainer.create();
});
beforeEach(() => {
  ({ window, document } = stubPage('http://localhost/tools/'));
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await window.happyDOM.close();
});

/** View.astro's output for `props` around `markup`, as the server writes it. */
const render = (props: { name: string }, markup = '<p>Hello <b></b>.</p>') =>
  container.renderToString(View, { props: { view: greeting, props }, slots: { default: markup } });

describe('View.astro', () => {
  test('writes the markup inside the view’s element and its props after it, as data', async () => {
    document.body.innerHTML = await render({ name: 'Ana </script><b>' });
    const element = document.querySelector('iik-greeting')!;
    expect(element.innerHTML).toBe('<p>Hello <b></b>.</p>');
    const data = element.nextElementSibling!;
    expect(data.getAttribute('type')).toBe('application/json');
    // `</script>` in a prop stays inside the data block.
    expect(JSON.parse(data.textContent!)).toEqual({ name: 'Ana </script><b>' });
  });
});

describe('defineElement', () => {
  test('starts each of the view’s elements with its props: those parsed before, and those added after', async () => {
    document.body.innerHTML = await render({ name: 'Ana' });
    const start = vi.fn((root: HTMLElement, { name }: { name: string }) => {
      root.querySelector('b')!.textContent = name;
    });
    expect(start).not.toHaveBeenCalled();
    defineElement(greeting, start);
    expect(start).toHaveBeenCalledOnce();
    expect(document.querySelector('iik-greeting')!.textContent).toBe('Hello Ana.');

    const later = document.createElement('iik-greeting');
    later.innerHTML = '<b></b>';
    document.body.append(later);
    expect(start).toHaveBeenCalledTimes(2);
    expect(later.textContent).toBe('Ana');
  });
});
