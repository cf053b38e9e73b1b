import type { ComponentChildren } from 'preact';

/**
 * The one way a tool behaves before the saved plans load (on the server, and for the moment
 * between hydration and the first read of storage): every control it holds is disabled, so
 * nothing a user does in that moment is taken and then lost. A disabled fieldset does that for
 * every input, select and button inside it, including ones added later.
 *
 * It is a mechanism, not a group of related fields: `role="none"` keeps screen readers from
 * announcing an unnamed group around the whole tool (IBM's checker flags a fieldset without a
 * name). The same holds for the plan bar's and the introduction builder's fieldsets.
 */
export function PlanFields({ ready, children }: { ready: boolean; children: ComponentChildren }) {
  return (
    <fieldset class="plan-fields" role="none" disabled={!ready}>
      {children}
    </fieldset>
  );
}
