import { describe, expect, test } from 'vitest';
import {
  addPeople,
  plansFromPeople,
  type NewPerson,
} from '../../../../src/lib/conversations/people';
import { createPlansState } from '../../../../src/lib/plans/state';
import { FakeStorage } from '../../../support/storage';
import { noDetails } from '../../../support/conversations';

const person = (name: string, more: Partial<NewPerson> = {}): NewPerson => ({
  person: {
    name,
    role: '',
    organization: 'City Water',
    field: '',
    connection: 'referral',
    referrer: 'Sam Lee',
    eventName: '',
    school: '',
  },
  email: `${name.split(' ')[0].toLowerCase()}@example.org`,
  connectionText: '',
  log: [],
  notes: '',
  ...more,
});
const ids = () => {
  let n = 0;
  return () => `id${n++}`;
};

describe('plansFromPeople', () => {
  test('makes one plan per person, named after them, with the log (which every tool reads) and notes', () => {
    const [plan] = plansFromPeople(
      [
        person('Priya Raman', {
          notes: 'Met at the fair',
          log: [
            { ...noDetails, kind: 'asked', at: '2026-03-02', channel: 'email' },
            {
              ...noDetails,
              kind: 'scheduled',
              at: '2026-03-04',
              meetingAt: '2026-03-14T19:30:00.000Z',
            },
          ],
        }),
      ],
      { now: new Date('2026-03-20T10:00:00Z'), newId: ids() },
    );
    expect(plan).toMatchObject({
      name: 'Priya Raman',
      createdAt: '2026-03-20T10:00:00.000Z',
      person: { name: 'Priya Raman', connection: 'referral', referrer: 'Sam Lee' },
      checklist: { notes: 'Met at the fair' },
      outreach: { toEmail: 'priya@example.org' },
    });
    expect(plan.conversation.log.map((e) => [e.id, e.kind])).toEqual([
      ['id0', 'asked'],
      ['id1', 'scheduled'],
    ]);
    expect(plan.id).toBe('id2');
  });

  test('keeps a plan name within the rename field’s 80 characters', () => {
    const [plan] = plansFromPeople([person('x'.repeat(120))]);
    expect(plan.name).toHaveLength(80);
    expect(plan.name.endsWith('…')).toBe(true);
    expect(plan.person.name).toHaveLength(120);
  });
});

describe('addPeople', () => {
  test('adds the people after the student’s plans in one save, in place of an untouched default plan', () => {
    const storage = new FakeStorage();
    const state = createPlansState({ storage });
    expect(addPeople(state, [person('Priya Raman'), person('Jo Park')])).toBe(true);
    expect(state.plans.value.map((p) => p.name)).toEqual(['Priya Raman', 'Jo Park']);
    const mine = state.create('Lunch with Kim');
    expect(addPeople(state, [person('Ana Ruiz')])).toBe(true);
    expect(state.plans.value.map((p) => p.name)).toEqual([
      'Priya Raman',
      'Jo Park',
      'Lunch with Kim',
      'Ana Ruiz',
    ]);
    expect(state.current.value.id).toBe(mine.id);
    // Saved: a fresh state over the same storage sees them.
    expect(createPlansState({ storage }).plans.value).toHaveLength(4);
  });

  test('changes nothing when storage has no room', () => {
    const storage = new FakeStorage();
    const state = createPlansState({
      storage,
      names: { first: 'My first conversation', next: '' },
    });
    state.create('Mine');
    storage.quota = [...storage.map].reduce((n, [k, v]) => n + k.length + v.length, 0) + 100;
    expect(addPeople(state, [person('Priya Raman'), person('Jo Park')])).toBe(false);
    expect(state.plans.value.map((p) => p.name)).toEqual(['My first conversation', 'Mine']);
  });
});
