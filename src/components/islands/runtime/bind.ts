/**
 * Bindings from signal state to server-rendered markup, for views without Preact (see ./dom.ts).
 * Each binding is an effect: it runs now and again whenever a signal it reads changes. Kept out
 * of the shared runtime chunk (integrations/chunks.mjs), so only the pages that bind this way load it.
 */
import { effect } from '../../../lib/shared/signals';

/** Keeps the text of `node` equal to `read()`. */
export const bindText = (node: Node, read: () => string) =>
  effect(() => {
    node.textContent = read();
  });

/** Shows `node` while `read()` is true (the `hidden` attribute). */
export const bindShown = (node: HTMLElement, read: () => boolean) =>
  effect(() => {
    node.hidden = !read();
  });

/** Keeps a field's value equal to `read()`, leaving it (and the caret) alone when it already is. */
export const bindValue = (field: { value: string }, read: () => string) =>
  effect(() => {
    const next = read();
    if (field.value !== next) field.value = next;
  });
