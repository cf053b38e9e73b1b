import type { Plan } from '../../../lib/plans/plan';
import type { NextStepKind } from '../../../lib/conversations/log';
import type { ConversationsText } from '../../../lib/strings/conversations';
import { fill } from '../../../lib/shared/fill';
import { firstName } from '../../../lib/shared/words';

/** The person's name as the page shows it. */
export const personName = (plan: Plan, t: ConversationsText) =>
  plan.person.name.trim() || plan.name.trim() || t.row.unnamed;

/**
 * The person's first name as a step says it ("Priya"). A plan without a person's name says
 * whose plan it is ("the person in “Conversation 2”"), so the plan's name never reads as a
 * person's ("Write to Conversation").
 */
export const calledBy = (plan: Plan, t: ConversationsText) =>
  firstName(plan.person.name) || fill(t.row.someone, plan);

/** A next step in words: "Write the thank-you to Priya". */
export const stepText = (plan: Plan, kind: NextStepKind, t: ConversationsText) =>
  fill(t.steps[kind], { name: calledBy(plan, t), referrer: plan.person.referrer.trim() });
