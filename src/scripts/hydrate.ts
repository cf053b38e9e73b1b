/**
 * Hydrates the server-rendered islands of one kind (see src/components/Island.astro): reads the
 * props from the JSON block after each one and hands the markup to Preact. Marks each island
 * `data-hydrated` once it is live, so tests (and styles) can tell.
 */
import { h, hydrate, type ComponentType } from 'preact';

/** Hydrates every `[data-island=name]` on the page with `component`. */
export function mountIsland<P extends object>(name: string, component: ComponentType<P>): void {
  for (const root of document.querySelectorAll<HTMLElement>(`[data-island="${name}"]`)) {
    const data = root.nextElementSibling;
    const props = (
      data?.matches('[data-island-props]') ? JSON.parse(data.textContent ?? '{}') : {}
    ) as P;
    hydrate(h(component, props), root);
    root.dataset.hydrated = '';
  }
}
