/**
 * The small DOM layer for the views that ship without Preact: the plan bar, which is on every
 * tool page, and the introduction builder, whose page has the smallest JavaScript budget
 * (README), which Preact alone would mostly spend. The server renders their markup from an
 * .astro file inside a custom element (View.astro, `defineElement`), which starts itself: it finds the parts
 * (`part`), makes the few elements that come and go (`el`), and reads the props the server left
 * (`readProps`, which mountIsland uses too). Text goes in as text, never as HTML. The bindings
 * to signal state are in ./bind.ts.
 */
import { propsId, type ViewDef } from './define';

/** The element `selector` finds in `root`; markup and script that disagree fail loudly. */
export function part<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`No ${selector} in this view's markup.`);
  return found;
}

/** A new element with these properties (`className`, `type`, `onclick`…) and children. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]>,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** The props the server left for `view` (Props.astro), or {} when it left none. */
export function readProps<P extends object>(view: ViewDef<P>): P {
  return JSON.parse(document.getElementById(propsId(view.name))?.textContent || '{}') as P;
}

/**
 * Defines the custom element of a plain-DOM view, `<iik-{name}>`, which View.astro renders around
 * the view's markup: each one on the page starts itself, `start(element, props)`, once it is
 * connected, as Starlight's `<starlight-toc>` does. The page script that imports the view's
 * module defines it, and elements already parsed start then.
 */
export function defineElement<P extends object>(
  view: ViewDef<P>,
  start: (root: HTMLElement, props: P) => void,
): void {
  customElements.define(
    `iik-${view.name}`,
    class extends HTMLElement {
      connectedCallback() {
        start(this, readProps(view));
      }
    },
  );
}
