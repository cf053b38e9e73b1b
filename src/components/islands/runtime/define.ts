/**
 * A view's identity, written once: the name its markup and its page script share, and (for a
 * Preact island) the component both render. The server side (Island.astro, Props.astro) and the
 * browser side (mountIsland, readProps) take the same object, so the two cannot disagree on the
 * name, and the props are typed on both sides.
 */
import type { ComponentType } from 'preact';

/** A view whose page script reads props of type P from the server (see Props.astro). */
export interface ViewDef<P extends object> {
  /** Unique on the page: it marks the markup and names its props block. */
  readonly name: string;
  /** Never set: it carries the props' type from the server side to the browser side. */
  readonly props?: P;
}

/** A Preact component that an Astro page renders and a page script hydrates. */
export interface IslandDef<P extends object> extends ViewDef<P> {
  readonly component: ComponentType<P>;
}

/** Names a view rendered by an .astro file and made live by plain DOM code. */
export function defineView<P extends object>(name: string): ViewDef<P> {
  return { name };
}

/** Names an island. See {@link IslandDef}. */
export function defineIsland<P extends object>(
  name: string,
  component: ComponentType<P>,
): IslandDef<P> {
  return { name, component };
}

/** Id of the JSON block that carries a view's props. */
export const propsId = (name: string) => `iik-${name}-props`;
