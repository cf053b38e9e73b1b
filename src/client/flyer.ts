/**
 * Runs on the printable flyer (/print/flyer/): puts the career center's name from the address on
 * the flyer, as text, and shows the note that says why when the name needed fixing. The notes
 * are on the page already; this only picks one. The QR code is drawn at build time.
 */
import { parseFlyerParams } from '../lib/embed/flyer';

/** Applies the flyer's settings from the address. */
export function startFlyer(): void {
  const { org, problem } = parseFlyerParams(location.search);
  const by = document.querySelector<HTMLElement>('[data-flyer-by]');
  const name = document.querySelector<HTMLElement>('[data-flyer-org]');
  if (org && by && name) {
    name.textContent = org;
    by.hidden = false;
  }
  for (const note of document.querySelectorAll<HTMLElement>('[data-flyer-problem]'))
    note.hidden = note.dataset.flyerProblem !== problem;
}
