import type { PlansState } from '../../../lib/plans/state';
import { useSignals } from '../runtime/useSignals';

/**
 * The plan's introduction at the top of another tool's printout (the question sheet, the
 * checklist), so the student has their opening on the page they take to the conversation. It
 * prints the text the introduction builder saved, so these tools carry no joining code. Nothing
 * shows on screen, and nothing prints when the plan has no introduction.
 */
export function PrintedIntroduction({
  plans,
  heading,
}: {
  plans: PlansState | null;
  /** The heading above it, from the printing tool's wording. */
  heading: string;
}) {
  const text = useSignals(() => plans?.current.value.introduction.text.trim() ?? '', [plans]);
  if (!text) return null;
  return (
    <div class="print-only printed-intro">
      <h2>{heading}</h2>
      <p>{text}</p>
    </div>
  );
}
