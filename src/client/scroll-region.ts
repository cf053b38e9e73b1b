/**
 * A region that scrolls sideways (a wide table on a phone) must be reachable by keyboard so it can
 * be scrolled with the arrow keys (WCAG 2.1.1): the markup gives it `tabindex="0"`, which is what
 * a reader without JavaScript keeps. Where it fits and does not scroll, that Tab stop would lead
 * to nothing a keyboard can do, so it is taken away, and given back whenever the region scrolls
 * again (the window narrowed, text enlarged).
 */
export function focusableWhileScrolling(selector: string): void {
  for (const region of document.querySelectorAll<HTMLElement>(selector)) {
    const update = () => {
      if (region.scrollWidth > region.clientWidth) region.tabIndex = 0;
      else region.removeAttribute('tabindex');
    };
    new ResizeObserver(update).observe(region);
    update();
  }
}
