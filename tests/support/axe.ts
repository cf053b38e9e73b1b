import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.2 AA, and everything below it. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface AxeOptions {
  /** Only these rules (for example `['color-contrast']`); otherwise every WCAG 2.2 AA rule. */
  rules?: string[];
  /** Only the part of the page this selector matches. */
  include?: string;
}

type Violation = { id: string; nodes: { target: unknown[] }[] };
const summary = (violations: Violation[]) =>
  violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

/**
 * axe's violations on the page as it stands, one line each (rule: where). Besides the WCAG
 * tags it runs the label-in-name rule (WCAG 2.5.3), which axe's default run leaves out.
 *
 * A page without frames is checked by axe.run in the page itself, axe loaded once per document
 * and only violations collected: @axe-core/playwright's analyze() injects axe again on every call
 * and finishes each run in a new blank page, which made it take three times as long (about 2.4 s
 * against 0.8 s for a guide; 1.4 s against 0.25 s for a second, contrast-only run). A page with
 * frames goes through @axe-core/playwright, which puts axe into each frame.
 */
export async function axeViolations(page: Page, { rules, include }: AxeOptions = {}) {
  const options = {
    runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: wcagTags },
    ...(rules ? {} : { rules: { 'label-content-name-mismatch': { enabled: true } } }),
    resultTypes: ['violations'],
  };
  if (page.frames().length > 1) {
    let builder = new AxeBuilder({ page }).options(options as object);
    if (include) builder = builder.include(include);
    return summary((await builder.analyze()).violations);
  }
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(
    ([context, opts]) =>
      (
        window as unknown as {
          axe: { run(c: unknown, o: unknown): Promise<{ violations: Violation[] }> };
        }
      ).axe
        .run(context ? { include: [context] } : document, { ...opts, iframes: false })
        .then((r) => r.violations),
    [include ?? null, options] as const,
  );
  return summary(violations);
}
