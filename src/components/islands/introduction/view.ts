import { defineView } from '../runtime/define';
import type { IntroCheckId, IntroRules } from '../../../lib/introduction/checks';
import type { IntroCheckText, IntroText, JoinPhrases } from '../../../lib/strings/introduction';

/** The introduction builder's wording, passed from the page as HTML rather than JavaScript. */
export interface IntroductionProps {
  t: IntroText;
  checks: Record<IntroCheckId, IntroCheckText>;
  /** The sentences the parts are joined with, in the page's language. */
  phrases: JoinPhrases;
  /** The checks' word lists, in the page's language. */
  rules: IntroRules;
}

/** The introduction builder's view: its name on the page and the type of its props. */
export const introductionView = defineView<IntroductionProps>('introduction');
