/**
 * A plan's next step in words, as Today, the "Everyone" list and the outreach tool's dates say
 * it ("Write the thank-you to Priya"), from the page's wording for the steps.
 */
import type { Plan } from '../plans/plan';
import type { NextStepKind } from './log';
import type { ConversationsText } from '../strings/conversations';
import { fill } from '../shared/fill';
import { firstName } from '../shared/words';

/** The wording a step needs: each kind of step, and how to name a person without a name. */
export interface StepWords {
  steps: ConversationsText['steps'];
  row: Pick<ConversationsText['row'], 'someone'>;
}

/**
 * The person's first name as a step says it ("Priya"). A plan without a person's name says
 * whose plan it is ("the person in “Conversation 2”"), so the plan's name never reads as a
 * person's ("Write to Conversation").
 */
export const calledBy = (plan: Plan, t: StepWords) =>
  firstName(plan.person.name) || fill(t.row.someone, plan);

/** A next step in words: "Write the thank-you to Priya". */
export const stepText = (plan: Plan, kind: NextStepKind, t: StepWords) =>
  fill(t.steps[kind], { name: calledBy(plan, t), referrer: plan.person.referrer.trim() });
