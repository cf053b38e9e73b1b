import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

/**
 * IBM's Equal Access engine (npm `accessibility-checker-engine`), the second accessibility
 * engine beside axe. Its `ace.js` runs inside the page as axe does; the wrapper package
 * (`accessibility-checker`) is not used, as its install downloads a browser driver.
 *
 * The source is read once per worker and evaluated in the page through Playwright, like
 * @axe-core/playwright does with axe, so the page's Content-Security-Policy does not block it.
 */
const aceSource = readFileSync(
  createRequire(import.meta.url).resolve('accessibility-checker-engine/ace.js'),
  'utf8',
);

/** The IBM rule set: WCAG 2.0-2.2 A and AA plus IBM's own requirements. */
export const acePolicy = 'IBM_Accessibility';

/**
 * Runs the engine over the page (frames included) and returns its violations, one line each:
 * rule, where (XPath) and what. Results of level "violation" that the engine is sure of (FAIL)
 * count; "potential" ones ask a person to look and recommendations are advice, so neither fails.
 */
export async function aceViolations(page: Page): Promise<string[]> {
  await page.evaluate(aceSource);
  return page.evaluate(async (policy) => {
    interface AceResult {
      ruleId: string;
      value: [string, string];
      path: { dom: string };
      message: string;
    }
    const { ace } = window as unknown as {
      ace: {
        Checker: new () => { check(d: Document, p: string[]): Promise<{ results: AceResult[] }> };
      };
    };
    const report = await new ace.Checker().check(document, [policy]);
    return report.results
      .filter((r) => r.value[0] === 'VIOLATION' && r.value[1] === 'FAIL')
      .map((r) => `${r.ruleId} at ${r.path.dom}: ${r.message}`);
  }, acePolicy);
}
