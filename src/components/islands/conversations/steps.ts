import type { Plan } from '../../../lib/plans/plan';
import type { NextStepKind } from '../../../lib/conversations/log';
import type { ConversationsText } from '../../../lib/strings/conversations';
import { fill } from '../../../lib/shared/fill';

/** The person's name as the page shows it. */
export const personName = (plan: Plan, t: ConversationsText) =>
  plan.person.name.trim() || plan.name.trim() || t.row.unnamed;

/** The person's first name as a step says it ("Priya"). */
export const firstName = (plan: Plan, t: ConversationsText) => {
  const name = personName(plan, t);
  return name.split(' ')[0] || name;
};

/** A next step in words: "Write the thank-you to Priya". */
export const stepText = (plan: Plan, kind: NextStepKind, t: ConversationsText) =>
  fill(t.steps[kind], { name: firstName(plan, t), referrer: plan.person.referrer.trim() });
