import { defineView } from '../runtime/define';
import type { IntroCheckId } from '../../../lib/introduction/checks';
import type { IntroCheckText, IntroText } from '../../../lib/strings/introduction';

/** The introduction builder's wording, passed from the page as HTML rather than JavaScript. */
export interface IntroductionProps {
  t: IntroText;
  checks: Record<IntroCheckId, IntroCheckText>;
}

/** The introduction builder's view: its name on the page and the type of its props. */
export const introductionView = defineView<IntroductionProps>('introduction');
