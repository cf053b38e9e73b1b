import type { Plan } from '../../../lib/plans/plan';
import type { NextStepKind } from '../../../lib/conversations/log';
import type { ConversationsText } from '../../../lib/strings/conversations';
import { fill } from '../../../lib/shared/fill';

/** The person's name as the page shows it. */
export const personName = (plan: Plan, t: ConversationsText) =>
  plan.person.name.trim() || plan.name.trim() || t.row.unnamed;

/** A next step in words: "Write the thank-you to Priya". */
export const stepText = (plan: Plan, kind: NextStepKind, t: ConversationsText) => {
  const name = personName(plan, t);
  return fill(t.steps[kind], {
    name: name.split(' ')[0] || name,
    referrer: plan.person.referrer.trim(),
  });
};
