// @ts-check
/**
 * Code that both engine drivers run inside the page, as source text: finding a control the way a
 * user names it, and recording what goes wrong in the page. Kept in one place so Firefox and
 * WebKit look for the same things.
 */

/**
 * Finds an element as a user would name it: `{ label }` a form control by its label text (or
 * aria-label), `{ button }` a button, link or summary by its text or aria-label, `{ text }` the
 * innermost visible element whose own text contains the words, `{ css }` a selector. Only
 * visible elements count for buttons and text; null when none matches.
 * @param {string} kind
 * @param {string} value
 * @returns {Element | null}
 */
export function locate(kind, value) {
  const norm = (/** @type {string | null} */ s) => (s ?? '').replace(/\s+/g, ' ').trim();
  const shown = (/** @type {Element} */ el) => !el.checkVisibility || el.checkVisibility();
  if (kind === 'css') return document.querySelector(value);
  if (kind === 'label') {
    const labels = [...document.querySelectorAll('label')];
    const label =
      labels.find((l) => norm(l.textContent) === value) ??
      labels.find((l) => norm(l.textContent).startsWith(value));
    if (label?.control) return label.control;
    return document.querySelector(`[aria-label="${CSS.escape(value)}"]`);
  }
  if (kind === 'button')
    return (
      [...document.querySelectorAll('button, a[href], summary, [role="button"]')].find(
        (b) =>
          shown(b) && (norm(b.textContent) === value || b.getAttribute('aria-label') === value),
      ) ?? null
    );
  return (
    [...document.querySelectorAll('body *')].find(
      (e) =>
        shown(e) &&
        [...e.childNodes].some((n) => n.nodeType === 3 && norm(n.textContent).includes(value)),
    ) ?? null
  );
}

/**
 * Starts recording, once per document, what a page reports as going wrong: uncaught errors,
 * rejected promises nobody handled, Content-Security-Policy violations and console errors.
 * Firefox runs it before the page's own scripts (a preload script); WebKitWebDriver can only
 * run it once the page has loaded (see webkit.mjs).
 */
export function recordProblems() {
  const w = /** @type {Window & { engineProblems?: string[] }} */ (window);
  if (w.engineProblems) return;
  const problems = (w.engineProblems = /** @type {string[]} */ ([]));
  addEventListener('error', (e) => problems.push(`uncaught: ${e.message}`));
  addEventListener('unhandledrejection', (e) => problems.push(`unhandled: ${e.reason}`));
  addEventListener('securitypolicyviolation', (e) =>
    problems.push(`CSP ${e.violatedDirective}: ${e.blockedURI}`),
  );
  const error = console.error.bind(console);
  console.error = (...args) => {
    problems.push(`console.error: ${args.map(String).join(' ')}`);
    error(...args);
  };
}

/** What recordProblems() has recorded in this document so far (and empties the list). */
export function takeProblems() {
  const w = /** @type {Window & { engineProblems?: string[] }} */ (window);
  return (w.engineProblems ?? []).splice(0);
}
