/**
 * Hydrates the server-rendered islands of one kind (see Island.astro): reads the props from the
 * JSON block named by the island and hands the markup to Preact. Marks each island
 * `data-hydrated` once it is live, so tests (and styles) can tell.
 */
import { h, hydrate } from 'preact';
import type { IslandDef } from './define';
import { readProps } from './dom';

/** Hydrates the `[data-island=name]` markup of `island` on this page. */
export function mountIsland<P extends object>(island: IslandDef<P>): void {
  const root = document.querySelector<HTMLElement>(`[data-island="${island.name}"]`);
  if (!root) {
    if (import.meta.env.DEV) console.warn(`Island "${island.name}": no markup on this page.`);
    return;
  }
  hydrate(h(island.component, readProps(island)), root);
  root.dataset.hydrated = '';
}
