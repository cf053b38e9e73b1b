import type { Translation } from '../../../lib/i18n/lang';
import type { CheckResult } from '../../../lib/outreach/checks';
import { describeCheck } from '../../../lib/outreach/checks';
import type { CheckText, ui as uiText } from '../../../lib/strings/outreach';
import { fill } from '../../../lib/shared/fill';

/** The live checks: a summary, then each rule with its outcome, why it matters and a guide link. */
export function Checks({
  checks,
  ui,
  wording,
  guides,
}: {
  checks: CheckResult[];
  ui: Translation<typeof uiText>;
  wording: Record<string, CheckText>;
  guides: Record<string, { href: string; title: string }>;
}) {
  const fails = checks.filter((c) => c.state === 'fail').length;
  return (
    <>
      <h3 class="no-print">{ui.checksHeading}</h3>
      <p class="no-print">{fill(ui.checksSummary, { fail: fails, pass: checks.length - fails })}</p>
      <ul class="or-checks no-print">
        {checks.map((c) => {
          const d = describeCheck(c, wording);
          const guide = d.guide ? guides[d.guide] : undefined;
          return (
            <li key={c.id} class={`or-${c.state}`}>
              <span class="or-mark" aria-hidden="true">
                {c.state === 'pass' ? '✓' : c.state === 'warn' ? '!' : '✗'}
              </span>
              <span>
                <span class="visually-hidden">{ui.states[c.state]} </span>
                {d.message}
                {d.reason !== undefined && (
                  <span class="or-reason">
                    {d.reason} {guide && <a href={guide.href}>{fill(ui.readMore, guide)}</a>}
                  </span>
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </>
  );
}
