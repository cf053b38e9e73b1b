import { signal } from '../../../../src/lib/shared/signals';
import { describe, expect, test } from 'vitest';
import { planSchema, type Plan } from '../../../../src/lib/plans/plan';
import {
  contactFromConnection,
  createQuestionBuilder,
  forwardingStore,
} from '../../../../src/lib/questions/builder';
import { smallBank } from '../../../support/questions';
import type { PlanStore } from '../../../../src/lib/plans/state';

/** A plans store with one plan in memory, shaped like src/lib/plans/state.ts. */
function memoryPlans(patch: Partial<Plan['person']> = {}): PlanStore {
  const current = signal<Plan>(
    planSchema.parse({
      id: 'p1',
      name: 'Plan',
      createdAt: '2026-11-25T00:00:00Z',
      updatedAt: '2026-11-25T00:00:00Z',
      person: patch,
    }),
  );
  return {
    current,
    updateSection: (key, update) => {
      current.value = { ...current.value, [key]: update(current.value[key]) };
    },
    updatePerson: (p) => {
      current.value = { ...current.value, person: { ...current.value.person, ...p } };
    },
  };
}

const bank = smallBank();
const q = (id: string) => bank.find((b) => b.id === id)!;

function setup(person: Partial<Plan['person']> = {}) {
  const plans = memoryPlans(person);
  return { plans, b: createQuestionBuilder(plans, bank) };
}

describe('createQuestionBuilder list', () => {
  test('adds a bank question once, keeping its wording', () => {
    const { plans, b } = setup();
    b.add(q('advice-1'));
    b.add(q('advice-1'));
    expect(plans.current.value.questions.items).toEqual([
      {
        id: 'b-advice-1',
        sourceId: 'advice-1',
        text: 'General advice question',
        mustAsk: false,
        notes: '',
      },
    ]);
    expect(b.chosenIds.value.has('advice-1')).toBe(true);
  });

  test('adds own questions with unique ids and ignores blank ones', () => {
    const { b } = setup();
    expect(b.addCustom('  What do you read?  ')).toBe(true);
    expect(b.addCustom('   ')).toBe(false);
    b.addCustom('Second one?');
    expect(b.items.value.map((i) => [i.id, i.text])).toEqual([
      ['c-1', 'What do you read?'],
      ['c-2', 'Second one?'],
    ]);
  });

  test('edits wording, marks must-ask, keeps notes and removes', () => {
    const { b } = setup();
    b.add(q('trends-1'));
    b.edit('b-trends-1', 'Reworded?');
    b.edit('b-trends-1', '  ');
    b.toggleMust('b-trends-1');
    b.setNotes('b-trends-1', 'They said AI tools.');
    expect(b.items.value[0]).toMatchObject({
      text: 'Reworded?',
      mustAsk: true,
      notes: 'They said AI tools.',
    });
    b.remove('b-trends-1');
    expect(b.items.value).toEqual([]);
  });

  test('moveItem reorders and reports the new position, or -1 at either end', () => {
    const { b } = setup();
    b.add(q('warm-up-1'));
    b.add(q('advice-1'));
    b.add(q('closing-1'));
    expect(b.moveItem('b-closing-1', -1)).toBe(1);
    expect(b.items.value.map((i) => i.sourceId)).toEqual(['warm-up-1', 'closing-1', 'advice-1']);
    expect(b.moveItem('b-warm-up-1', -1)).toBe(-1);
    expect(b.moveItem('b-advice-1', 1)).toBe(-1);
  });
});

describe('createQuestionBuilder in another language', () => {
  test('shows bank questions added on a page in another language in this page’s, and typed text as typed', () => {
    // A plan started on the English page: one bank question as it was, one edited, one own.
    const plans = memoryPlans();
    const english = createQuestionBuilder(plans, bank);
    english.add(q('advice-1'));
    english.add(q('warm-up-1'));
    english.edit('b-warm-up-1', 'My own take on the warm-up');
    english.addCustom('What would you do in my place?');
    // The Spanish page's bank: the same ids in Spanish, each knowing its English wording.
    const spanishBank = bank.map((question) => ({
      ...question,
      text: `En español: ${question.id}`,
      also: [question.text],
    }));
    const spanish = createQuestionBuilder(plans, spanishBank);
    expect(spanish.items.value.map((i) => i.text)).toEqual([
      'En español: advice-1',
      'My own take on the warm-up',
      'What would you do in my place?',
    ]);
    // What is saved does not change by being shown.
    expect(plans.current.value.questions.items[0].text).toBe('General advice question');
  });
});

describe('createQuestionBuilder fit and suggestion', () => {
  test('reports how the list fits the chosen length', () => {
    const { b } = setup();
    b.setMinutes(15);
    for (const id of ['warm-up-1', 'trends-1', 'insights-1', 'advice-1', 'closing-1']) b.add(q(id));
    expect(b.fit.value).toMatchObject({ capacity: 4, over: 1 });
    b.setMinutes(20);
    expect(b.fit.value.over).toBe(0);
  });

  test('suggest replaces the list with a balanced set for the time', async () => {
    const { b } = setup();
    b.addCustom('Mine');
    b.setMinutes(20);
    expect(await b.suggest()).toBe(5);
    const cats = b.items.value.map((i) => bank.find((x) => x.id === i.sourceId)!.category);
    expect(cats[0]).toBe('warm-up');
    expect(cats.at(-1)).toBe('closing');
  });
});

describe('createQuestionBuilder filters', () => {
  test('the bank follows category, search, stage and field', () => {
    const { b } = setup();
    expect(b.results.value.some((x) => x.stages.length === 1)).toBe(false);
    b.setStage('');
    b.category.value = 'closing';
    expect(b.results.value.map((x) => x.id)).toEqual(['closing-1', 'closing-2']);
    b.query.value = 'changer';
    expect(b.results.value.map((x) => x.id)).toEqual(['closing-2']);
    b.category.value = '';
    b.query.value = 'code reviews';
    expect(b.results.value.map((x) => x.id)).toEqual(['tech-1']);
    b.setField('health');
    expect(b.results.value).toEqual([]);
    b.setField('tech');
    expect(b.results.value.map((x) => x.id)).toEqual(['tech-1']);
  });

  test('the background filters the bank, is kept with the plan and shapes the suggested set', async () => {
    const { b, plans } = setup();
    expect(b.background.value).toBe('');
    b.setBackground('first-generation');
    expect(b.results.value.map((x) => x.id)).not.toContain('abroad-1');
    b.setBackground('international');
    expect(b.results.value.map((x) => x.id)).toContain('abroad-1');
    expect(plans.current.value.questions.background).toBe('international');
    b.setMinutes(20);
    await b.suggest();
    expect(b.items.value.map((i) => i.sourceId)).toContain('abroad-1');
  });

  test("the contact follows the plan's connection until the student picks one", () => {
    const { b } = setup({ connection: 'linkedin' });
    expect(b.contact.value).toBe('linkedin');
    expect(b.results.value.map((x) => x.id)).not.toContain('event-1');
    b.setContact('');
    expect(b.contact.value).toBe('');
    expect(b.results.value.map((x) => x.id)).toContain('event-1');
    b.setContact('event');
    expect(b.contact.value).toBe('event');
  });

  test('contactFromConnection maps how the student knows them to a bank tag', () => {
    expect(contactFromConnection('family')).toBe('friend-family');
    expect(contactFromConnection('school')).toBe('alumni');
    expect(contactFromConnection('event')).toBe('event');
    expect(contactFromConnection('referral')).toBe('');
  });

  test("placeholder values come from the plan's person", () => {
    const { plans, b } = setup({ organization: 'Acme' });
    plans.updatePerson({ role: 'analyst' });
    expect(b.values.value).toEqual({ organization: 'Acme', role: 'analyst', field: '' });
  });
});

describe('createQuestionBuilder share links', () => {
  test('a shared list waits for the student, then replaces the list when accepted', async () => {
    const from = setup();
    from.b.add(q('advice-1'));
    from.b.addCustom('Own question?');
    from.b.toggleMust('c-1');
    from.b.setMinutes(30);
    const code = await from.b.shareCode();

    const to = setup();
    to.b.add(q('closing-1'));
    await to.b.openShare(code);
    expect(to.b.pendingShare.value?.items).toHaveLength(2);
    expect(to.b.items.value.map((i) => i.id)).toEqual(['b-closing-1']);
    to.b.acceptShare();
    expect(to.b.items.value.map((i) => [i.id, i.text, i.mustAsk])).toEqual([
      ['b-advice-1', 'General advice question', false],
      ['c-1', 'Own question?', true],
    ]);
    expect(to.b.minutes.value).toBe(30);
    expect(to.b.pendingShare.value).toBeNull();
  });

  test('a malformed link sets an error and changes nothing', async () => {
    const { plans, b } = setup();
    b.add(q('closing-1'));
    const before = plans.current.value;
    await b.openShare('not-a-list');
    expect(b.shareError.value).toBe('malformed');
    expect(b.pendingShare.value).toBeNull();
    b.acceptShare();
    expect(plans.current.value).toBe(before);
    b.dismissShare();
    expect(b.shareError.value).toBeNull();
  });

  test('a dismissed shared list changes nothing', async () => {
    const from = setup();
    from.b.add(q('advice-1'));
    const { plans, b } = setup();
    const before = plans.current.value;
    await b.openShare(await from.b.shareCode());
    b.dismissShare();
    b.acceptShare();
    expect(plans.current.value).toBe(before);
  });
});

describe('forwardingStore', () => {
  test('follows the store it points to, keeping filters, and writes to the new one', () => {
    const placeholder = memoryPlans();
    const real = memoryPlans({ organization: 'Acme' });
    const source = signal(placeholder);
    const b = createQuestionBuilder(forwardingStore(source), bank);
    b.category.value = 'advice';
    source.value = real;
    expect(b.values.value.organization).toBe('Acme');
    expect(b.category.value).toBe('advice');
    b.add(q('advice-1'));
    expect(real.current.value.questions.items).toHaveLength(1);
    expect(placeholder.current.value.questions.items).toHaveLength(0);
  });
});
