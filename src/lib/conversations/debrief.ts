/**
 * The debrief after a conversation, as pure changes to a plan: the notes, next steps that become
 * checklist steps, suggested names, and a suggested name made into a referral plan (loaded with
 * the debrief form, on request).
 */
import { textLimits, type Plan } from '../plans/plan';
import { fill } from '../shared/fill';
import { firstName } from '../shared/words';
import type { ConversationSection } from './log';
import { cut, newPersonPlan, withConversation, type IdMaker } from './actions.lazy';
import { suggestionDetails } from './referral';

/** Changes parts of the debrief: the notes, the next steps, the suggested names. */
export function setDebrief(plan: Plan, patch: Partial<ConversationSection['debrief']>): Plan {
  return withConversation(plan, {
    ...plan.conversation,
    debrief: { ...plan.conversation.debrief, ...patch },
  });
}

/** A next step as the checklist keeps it: one line, within the step field's limit. */
const asStep = (text: string) => cut(text.replace(/\s+/g, ' '), textLimits.step);

/** Adds a custom step to the plan's checklist ("after"), unless it has that step already. */
export function addChecklistStep(plan: Plan, text: string, newId: IdMaker): Plan {
  const step = asStep(text);
  if (!step || plan.checklist.custom.some((c) => c.text === step)) return plan;
  return {
    ...plan,
    checklist: {
      ...plan.checklist,
      custom: [...plan.checklist.custom, { id: newId(), stage: 'after', text: step }],
    },
  };
}

/** Whether the plan's checklist holds a custom step with this text. */
export function hasChecklistStep(plan: Plan, text: string): boolean {
  const step = asStep(text);
  return plan.checklist.custom.some((c) => c.text === step);
}

/** Adds a suggested name to the debrief. */
export function addSuggestion(plan: Plan, name: string, note: string, newId: IdMaker): Plan {
  const clean = cut(name, textLimits.line);
  if (!clean) return plan;
  return setDebrief(plan, {
    suggested: [
      ...plan.conversation.debrief.suggested,
      { id: newId(), name: clean, note: cut(note, textLimits.line), planId: null },
    ],
  });
}

/** Removes a suggested name from the debrief. */
export function removeSuggestion(plan: Plan, id: string): Plan {
  return setDebrief(plan, {
    suggested: plan.conversation.debrief.suggested.filter((s) => s.id !== id),
  });
}

/**
 * A suggested name made into a plan of its own: connection 'referral', the referrer set to
 * this plan's person (so its first message opens with the referral), the role and organization
 * typed with the name or in its note (see {@link suggestionDetails}; a note that says why they
 * were suggested goes to the new plan's notes), the student's own details carried over; and this plan marks the suggestion done and gains the step "tell {name} how it
 * went" (`tellStep` is that wording, with {name} for the referrer's first name).
 */
export function planFromSuggestion(
  source: Plan,
  suggestionId: string,
  tellStep: string,
  now: Date,
  newId: IdMaker,
): { source: Plan; created: Plan } | null {
  const suggestion = source.conversation.debrief.suggested.find((s) => s.id === suggestionId);
  if (!suggestion || suggestion.planId) return null;
  const referrer = source.person.name.trim();
  const { why, ...person } = suggestionDetails(suggestion.name, suggestion.note);
  const base = newPersonPlan({ ...person, connection: 'referral', referrer }, now, newId);
  // The student's details for this person carry over too, when they gave some of their own.
  const { senderName, senderSchool, interest, ownDetails, tone, askMinutes, askFormat } =
    source.outreach;
  const created: Plan = {
    ...base,
    outreach: {
      ...base.outreach,
      ...{ senderName, senderSchool, interest, ownDetails, tone, askMinutes, askFormat },
    },
    checklist: { ...base.checklist, notes: why },
    conversation: { ...base.conversation, referredFromPlanId: source.id },
  };
  const marked = setDebrief(source, {
    suggested: source.conversation.debrief.suggested.map((s) =>
      s.id === suggestionId ? { ...s, planId: created.id } : s,
    ),
  });
  const first = firstName(referrer);
  return {
    source: first ? addChecklistStep(marked, fill(tellStep, { name: first }), newId) : marked,
    created,
  };
}
