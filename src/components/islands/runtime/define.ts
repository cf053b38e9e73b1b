/**
 * An island's identity, written once: the name its markup and its page script share, and the
 * component both render. The server side (Island.astro) and the browser side (mountIsland) take
 * the same object, so the two cannot disagree on the name, and the props are typed from the
 * component on both sides.
 */
import type { ComponentType } from 'preact';

/** A Preact component that an Astro page renders and a page script hydrates. */
export interface IslandDef<P extends object> {
  /** Unique on the page: it marks the markup and names its props block. */
  readonly name: string;
  readonly component: ComponentType<P>;
}

/** Names an island. See {@link IslandDef}. */
export function defineIsland<P extends object>(
  name: string,
  component: ComponentType<P>,
): IslandDef<P> {
  return { name, component };
}

/** Id of the JSON block that carries an island's props. */
export const propsId = (name: string) => `iik-island-${name}-props`;
