/**
 * The embed page's accent colour, checked and applied. Loaded by frame.ts only when the address
 * has an accent, so an embed in the site's own colours never downloads the contrast rules.
 */
import { checkAccent } from '../../lib/embed/accent';

/** Sets the accent for each theme where it keeps WCAG AA; elsewhere the default stays. */
export function applyAccent(root: HTMLElement, value: string): void {
  const { light, dark } = checkAccent(value);
  // CSSOM custom properties: allowed by the page's CSP, unlike a style attribute.
  if (light) root.style.setProperty('--accent-light', light);
  if (dark) root.style.setProperty('--accent-dark', dark);
}
