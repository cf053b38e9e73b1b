import { Window } from 'happy-dom';
import { vi } from 'vitest';

/**
 * A happy-dom page of its own at `url`, for a test that runs in Node (where Astro's container
 * renders a component) and then runs the component's browser half: the page's window, document,
 * location, history, FormData and custom-element registry are the globals until
 * `vi.unstubAllGlobals()`. Close it after the test (`window.happyDOM.close()`).
 */
export function stubPage(url: string): { window: Window; document: Document } {
  const window = new Window({ url });
  const document = window.document as unknown as Document;
  const globals = {
    window,
    document,
    location: window.location,
    history: window.history,
    FormData: window.FormData,
    HTMLElement: window.HTMLElement,
    customElements: window.customElements,
  };
  for (const [name, value] of Object.entries(globals)) vi.stubGlobal(name, value);
  return { window, document };
}
