import { describe, expect, test } from 'vitest';
import {
  addChecklistStep,
  addSuggestion,
  hasChecklistStep,
  planFromSuggestion,
} from '../../../../src/lib/conversations/debrief';
import { conversationStatus } from '../../../../src/lib/conversations/stage';
import { generateMessage } from '../../../../src/lib/outreach/generate';
import { entry, noon, planWith } from '../../../support/conversations';
import { outreachData } from '../../../support/outreach-data';
import type { Plan } from '../../../../src/lib/plans/plan';

let n = 0;
const newId = () => `id${++n}`;
const talkedWithPriya = () =>
  planWith([entry('talked', '2026-11-28')], {
    id: 'priya',
    person: { name: 'Priya Raman', organization: 'City Parks' },
    outreach: {
      senderName: 'Sam Rivera',
      senderSchool: 'Riverside College',
      interest: 'urban forestry',
    },
  });

/** Priya's plan after the talk, where she suggested `name` (with the student's `note`). */
const suggestedToPriya = (name: string, note = '') =>
  addSuggestion(talkedWithPriya(), name, note, newId);
/** The plan for a suggestion, made the day after the talk; `step` is the original plan's new step. */
const makePlan = (source: Plan, suggestionId: string, step = 'Tell {name} how it went') =>
  planFromSuggestion(source, suggestionId, step, noon('2026-11-29'), newId);

describe('planFromSuggestion', () => {
  test('makes a referral plan whose first message opens with the referral, and gives the original plan its step', () => {
    const source = suggestedToPriya('Ana Silva', 'urban forester');
    const suggestion = source.conversation.debrief.suggested[0];
    const made = makePlan(source, suggestion.id)!;

    expect(made.created.person).toMatchObject({
      name: 'Ana Silva',
      connection: 'referral',
      referrer: 'Priya Raman',
    });
    expect(made.created.conversation.referredFromPlanId).toBe('priya');
    expect(made.created.outreach).toMatchObject({
      senderName: 'Sam Rivera',
      interest: 'urban forestry',
    });
    const { templates, phrases, missing } = outreachData();
    const email = templates.find((t) => t.id === 'email')!;
    expect(generateMessage(email, phrases, made.created, missing).body).toMatch(
      /^Hi Ana,\n\nPriya Raman suggested I get in touch with you\./,
    );
    expect(conversationStatus(made.created, noon('2026-11-29')).stage).toBe('to-contact');

    expect(made.source.conversation.debrief.suggested[0].planId).toBe(made.created.id);
    expect(made.source.checklist.custom).toMatchObject([
      { stage: 'after', text: 'Tell Priya how it went' },
    ]);
    // Made once: a second click makes nothing.
    expect(makePlan(made.source, suggestion.id)).toBeNull();
  });

  test('carries the role and organization typed with the name into the new plan and its message', () => {
    const source = suggestedToPriya(
      'Nia Okafor — Hospital epidemiologist, Riverside Medical Center',
    );
    const made = makePlan(source, source.conversation.debrief.suggested[0].id)!;
    expect(made.created.name).toBe('Nia Okafor');
    expect(made.created.person).toMatchObject({
      name: 'Nia Okafor',
      role: 'Hospital epidemiologist',
      organization: 'Riverside Medical Center',
      connection: 'referral',
      referrer: 'Priya Raman',
    });
    const { templates, phrases, missing } = outreachData();
    const email = templates.find((t) => t.id === 'email')!;
    const message = generateMessage(email, phrases, made.created, missing);
    expect(`${message.subject ?? ''}\n${message.body}`).not.toMatch(
      /\[their (role|organization)\]/,
    );
    expect(message.body).toMatch(/^Hi Nia,/);
  });

  test('reads the role and organization from the note, and keeps a note that says why as the new plan’s notes', () => {
    let source = suggestedToPriya(
      'Nia Okafor',
      'Hospital epidemiologist, Riverside Medical Center',
    );
    source = addSuggestion(source, 'Mary-Jane Ortiz', 'knows the hiring manager', newId);
    const [nia, mary] = source.conversation.debrief.suggested;
    const first = makePlan(source, nia.id, 'Tell {name}')!;
    expect(first.created.person).toMatchObject({
      role: 'Hospital epidemiologist',
      organization: 'Riverside Medical Center',
    });
    const second = makePlan(first.source, mary.id, 'Tell {name}')!;
    expect(second.created.person).toMatchObject({
      name: 'Mary-Jane Ortiz',
      role: '',
      organization: '',
      referrer: 'Priya Raman',
    });
    expect(second.created.checklist.notes).toBe('knows the hiring manager');
  });

  test('two names give two plans, and the original plan the step only once', () => {
    let source = suggestedToPriya('Ana Silva');
    source = addSuggestion(source, 'Tom Reyes', '', newId);
    const [a, b] = source.conversation.debrief.suggested;
    const first = makePlan(source, a.id)!;
    const second = makePlan(first.source, b.id)!;
    expect(second.created.person.name).toBe('Tom Reyes');
    expect(second.source.checklist.custom.map((c) => c.text)).toEqual(['Tell Priya how it went']);
  });
});

describe('addChecklistStep', () => {
  test('adds a next step to the checklist once, held to the step limit', () => {
    const plan = addChecklistStep(talkedWithPriya(), '  Volunteer   for the tree count ', newId);
    expect(plan.checklist.custom.map((c) => c.text)).toEqual(['Volunteer for the tree count']);
    expect(hasChecklistStep(plan, 'Volunteer for the tree count')).toBe(true);
    expect(addChecklistStep(plan, 'Volunteer for the tree count', newId)).toBe(plan);
    expect(addChecklistStep(plan, 'x'.repeat(200), newId).checklist.custom[1].text).toHaveLength(
      90,
    );
  });
});
