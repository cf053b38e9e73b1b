// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { conversationStatus } from '../../../../src/lib/conversations/stage';
import { planSchema, textLimits } from '../../../../src/lib/plans/plan';
import { createPlansState, type PlansState } from '../../../../src/lib/plans/state';
import { plansRecordSchema, sparse } from '../../../../src/lib/plans/record';
import { migratePlans, type PlanV1 } from '../../../../src/lib/plans/migrate.lazy';
import {
  exportFormat,
  exportPlans,
  importLimitBytes,
  importPlans,
} from '../../../../src/lib/plans/file.lazy';
import { planContents } from '../../../../src/lib/plans/handoff.lazy';
import { createRemoval } from '../../../../src/lib/plans/remove.lazy';
import { planImportText } from '../../../../src/lib/strings/plan-manage';
import { plansText } from '../../../../src/lib/strings/plans';
import type { Student } from '../../../../src/lib/plans/student';
import { FakeStorage } from '../../../support/storage';
import { campaignRecord } from '../../../support/campaign';
import { noDetails } from '../../../support/conversations';

let tick = 0;
const now = () => new Date(Date.UTC(2026, 2, 1, 12, 0, tick++));
/** The names the page gives the state (its wording, as page-plans.ts passes it). */
const names = { first: plansText.defaultName, next: plansText.newName };
const make = (storage: FakeStorage | null = new FakeStorage(), persist = () => {}) =>
  createPlansState({ storage, now, persist, names });
/** The saved record as the next visit reads it (plans are saved without their defaults). */
const stored = (s: FakeStorage) => plansRecordSchema.parse(JSON.parse(s.getItem('iik:plans:v3')!));
/** Waits until the state has told the user about `kind` (older plans load on demand). */
const told = (state: PlansState, kind: string) =>
  vi.waitFor(() => expect(state.notices.value.map((n) => n.kind)).toContain(kind));
/** The student's details as the state shows them and as the next visit reads them. */
const expectStudent = (state: PlansState, storage: FakeStorage, student: Student) => {
  expect(state.student.value).toEqual(student);
  expect(stored(storage).student).toEqual(student);
};
/** The student's details that the older records and files below carry, and that tests enter. */
const samLee: Student = {
  name: 'Sam Lee',
  school: 'Riverside College',
  interest: 'user research',
  signature: '',
};

/** A record exactly as the first release saved it. */
const v1Record: PlanV1 = {
  title: 'Coffee with Dana',
  person: { name: 'Dana Ortiz', role: 'UX researcher', company: 'Northwind', howWeMet: 'alumni' },
  checklist: { 'research-person': true, 'write-questions': false, 'send-thank-you': true },
  notes: 'Ask about the move from academia.',
  savedAt: '2025-10-02T18:30:00.000Z',
};

/**
 * Plans as the previous release saved them under `iik:plans:v2`: every field written out, the
 * student's details in each plan's outreach section, and the outreach tool's sent day and meeting
 * time beside the log. Priya's plan (first in the list, the oldest) was followed up on the
 * conversations page, so its log holds what happened; the other two only have the outreach dates.
 */
const v2Plan = (p: {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  person: Record<string, string>;
  outreach: Record<string, unknown>;
  log?: Record<string, unknown>[];
  done?: string[];
}) => ({
  id: p.id,
  name: p.name,
  createdAt: p.createdAt,
  updatedAt: p.updatedAt,
  person: {
    name: '',
    role: '',
    organization: '',
    field: '',
    connection: '',
    referrer: '',
    eventName: '',
    school: '',
    ...p.person,
  },
  checklist: { done: p.done ?? [], custom: [], notes: '' },
  questions: { minutes: 20, stage: 'student', contact: '', fieldTag: '', items: [] },
  outreach: {
    channel: 'email',
    tone: 'warm',
    senderName: '',
    senderSchool: '',
    interest: '',
    askMinutes: 20,
    askFormat: 'video',
    connectionText: '',
    toEmail: '',
    premium: false,
    drafts: {},
    sentAt: null,
    meetingAt: null,
    ...p.outreach,
  },
  conversation: {
    log: p.log ?? [],
    debrief: { learned: '', advice: '', nextSteps: [], suggested: [] },
    referredFromPlanId: null,
    snoozed: {},
  },
  introduction: {
    parts: { who: '', curious: '', why: '', learn: '' },
    text: '',
    edited: false,
    practice: { last: null, best: null },
  },
});
const priyaLog = [
  {
    id: 'l1',
    kind: 'asked',
    at: '2026-11-24',
    channel: 'linkedin',
    meetingAt: null,
    reason: null,
    note: '',
  },
  {
    id: 'l2',
    kind: 'replied',
    at: '2026-11-26',
    channel: '',
    meetingAt: null,
    reason: null,
    note: 'Happy to talk',
  },
  {
    id: 'l3',
    kind: 'scheduled',
    at: '2026-11-26',
    channel: '',
    meetingAt: '2026-12-03T10:30:00-05:00',
    reason: null,
    note: '',
  },
];
const v2Record = {
  plans: [
    v2Plan({
      id: '3f6c1d2e-8a4b-4c5d-9e6f-7a8b9c0d1e2f',
      name: 'Call with Priya',
      createdAt: '2026-11-20T17:02:11.482Z',
      updatedAt: '2026-11-26T20:15:03.120Z',
      person: { name: 'Priya Raman', role: 'Clinic manager', organization: 'Mercy Health' },
      outreach: {
        channel: 'linkedin',
        senderName: 'Sam Lee',
        senderSchool: 'Riverside College',
        // Written for this person: a different interest from the student's usual one.
        interest: 'hospital administration',
        sentAt: '2026-11-24',
        meetingAt: '2026-12-03T10:30',
      },
      log: priyaLog,
    }),
    v2Plan({
      id: '7f1c2a9e-3b4d-4e5f-8a6b-1c2d3e4f5a6b',
      name: 'Coffee with Dana',
      createdAt: '2026-12-01T09:00:00.000Z',
      updatedAt: '2026-12-08T09:15:42.318Z',
      person: { name: 'Dana Ortiz', role: 'UX researcher', organization: 'Northwind' },
      done: ['research-person', 'send-request'],
      outreach: {
        senderName: 'Sam Lee',
        senderSchool: 'Riverside College',
        interest: 'user research',
        toEmail: 'dana@example.com',
        drafts: { email: 'Hi Dana,\n\nI am a student at Riverside College…' },
        sentAt: '2026-12-07',
        meetingAt: '2026-12-14T15:00',
      },
    }),
    v2Plan({
      id: 'c0ffee00-1111-4222-8333-444455556666',
      name: 'Lunch with Marco',
      createdAt: '2026-12-06T14:20:00.000Z',
      updatedAt: '2026-12-07T12:00:00.000Z',
      person: { name: 'Marco Silva', connection: 'friend' },
      outreach: { channel: 'linkedin', sentAt: '2026-12-07' },
    }),
  ],
  currentId: '7f1c2a9e-3b4d-4e5f-8a6b-1c2d3e4f5a6b',
};

describe('createPlansState', () => {
  test('starts with a default plan and saves nothing until the user changes something', () => {
    const storage = new FakeStorage();
    const state = make(storage);
    expect(state.plans.value).toHaveLength(1);
    expect(state.current.value.name).toBe('My first conversation');
    expect(state.mode.value).toBe('local');
    expect(storage.keys()).toEqual([]);
  });

  test('creates, renames and switches plans, and keeps them across reloads', () => {
    const storage = new FakeStorage();
    const state = make(storage);
    const first = state.current.value.id;
    const second = state.create('Call with Sam');
    expect(state.current.value.id).toBe(second.id);
    state.rename(second.id, '  Video call with Sam ');
    state.rename(second.id, '   ');
    state.select(first);
    state.select('no-such-plan');
    const again = make(storage);
    expect(again.plans.value.map((p) => p.name)).toEqual([
      'My first conversation',
      'Video call with Sam',
    ]);
    expect(again.current.value.id).toBe(first);
  });

  test('names an unnamed new plan by its position', () => {
    const state = make();
    expect(state.create().name).toBe('Conversation 2');
  });

  test('names plans only with the names it is given', () => {
    const state = createPlansState({ storage: new FakeStorage(), now, persist: () => {} });
    expect(state.current.value.name).toBe('');
    expect(state.create().name).toBe('');
    expect(state.create('Call with Sam').name).toBe('Call with Sam');
    const fr = createPlansState({
      storage: new FakeStorage(),
      names: { first: 'Ma première conversation', next: 'Conversation n° {n}' },
    });
    expect(fr.current.value.name).toBe('Ma première conversation');
    expect(fr.create().name).toBe('Conversation n° 2');
  });

  test('keeps the student’s details once, for every plan, across reloads', () => {
    const storage = new FakeStorage();
    const state = make(storage);
    expect(state.student.value).toEqual({ name: '', school: '', interest: '', signature: '' });
    state.updateStudent({ name: 'Sam Lee', school: 'Riverside College' });
    state.create('Second');
    state.updateStudent({ interest: 'user research' });
    expectStudent(state, storage, samLee);
    // Not copied into the plans: each follows the student.
    for (const plan of stored(storage).plans)
      expect(plan.outreach).toMatchObject({ senderName: '', senderSchool: '', interest: '' });
    expect(make(storage).student.value).toEqual(samLee);
  });

  test('updates the person and one section of the current plan only', () => {
    const storage = new FakeStorage();
    const state = make(storage);
    const other = state.create('Other');
    state.select(state.plans.value[0].id);
    const before = state.current.value.updatedAt;
    state.updatePerson({ name: 'Lee', role: 'Nurse' });
    state.updateSection('checklist', (c) => ({ ...c, done: [...c.done, 'research-person'] }));
    const plan = stored(storage).plans[0];
    expect(plan.person).toMatchObject({ name: 'Lee', role: 'Nurse', organization: '' });
    expect(plan.checklist.done).toEqual(['research-person']);
    expect(plan.updatedAt > before).toBe(true);
    expect(state.plans.value.find((p) => p.id === other.id)?.checklist.done).toEqual([]);
  });

  test('saves exactly what it shows after every kind of change, each plan as it is now', () => {
    const storage = new FakeStorage();
    const state = make(storage);
    // What the next visit reads is what this one shows, to the last field.
    const saved = () => JSON.stringify(stored(storage));
    const shown = () =>
      JSON.stringify({
        plans: state.plans.value,
        currentId: state.current.value.id,
        student: state.student.value,
      });
    const first = state.current.value.id;
    state.updatePerson({ name: 'Lee' });
    expect(saved()).toBe(shown());
    const other = state.create('Other');
    state.updatePerson({ name: 'Kai "K" Chen' });
    expect(saved()).toBe(shown());
    state.select(first);
    state.updatePerson({ name: 'Lee Park' });
    state.updateSection('checklist', (c) => ({ ...c, notes: 'Ask about nights' }));
    state.updateStudent({ name: 'Sam' });
    expect(saved()).toBe(shown());
    state.rename(other.id, 'Kai');
    expect(saved()).toBe(shown());
    expect(stored(storage).plans.map((p: { person: { name: string } }) => p.person.name)).toEqual([
      'Lee Park',
      'Kai "K" Chen',
    ]);
  });

  test('saves each plan without the fields at their default, and reads every field back', () => {
    const storage = new FakeStorage();
    const campaign = campaignRecord(30).plans.map((p) => planSchema.parse(p));
    // Every section away from its defaults, some fields set back to theirs, and the four fields
    // without a default left empty: all of it must come back as it was.
    const busy = planSchema.parse({
      id: 'busy',
      name: '',
      createdAt: '',
      updatedAt: '',
      person: { name: 'Ana Ruiz', connection: 'referral', referrer: 'Dana Lee' },
      checklist: {
        done: ['list-people'],
        custom: [{ id: 'c1', stage: 'after', text: 'Call the lab' }],
      },
      questions: { minutes: 45, stage: 'student', items: [] },
      outreach: { channel: '', tone: 'formal', askMinutes: 30, askFormat: 'call', premium: true },
      conversation: {
        log: [
          { id: 'a', kind: 'asked', at: '2026-12-01', channel: 'email' },
          { id: 's', kind: 'scheduled', at: '2026-12-02', meetingAt: '2026-12-09T15:00:00.000Z' },
          { id: 'c', kind: 'closed', at: '2026-12-20', reason: 'paused', note: 'Try in June' },
        ],
        debrief: { learned: 'Start small.', nextSteps: ['Read the report'] },
        referredFromPlanId: 'plan-3',
        snoozed: { nudge: '2026-12-12' },
      },
      introduction: { edited: true, text: 'Hi, I am Sam.', practice: { last: 31, best: 28 } },
    });
    const plans = [...campaign, busy];
    expect(make(storage).commit(plans, 'busy')).toBe(true);
    expect(make(storage).plans.value).toEqual(plans);
    // The defaults took more than a third of the room.
    const full = JSON.stringify({ plans, currentId: 'busy', student: stored(storage).student });
    expect(storage.getItem('iik:plans:v3')!.length).toBeLessThan(full.length * 0.65);
  });

  test('plans read without their sections share one set of defaults; a section that is there is checked in full', () => {
    const bare = (id: string) => ({ id, name: id, createdAt: '', updatedAt: '' });
    const { plans } = plansRecordSchema.parse({ plans: [bare('a'), bare('b')] });
    const blank = planSchema.parse({ ...bare('c'), questions: {}, checklist: {} });
    for (const key of ['person', 'checklist', 'questions', 'outreach', 'conversation'] as const) {
      expect(plans[0][key]).toBe(plans[1][key]);
      expect(plans[0][key]).toEqual(blank[key]);
    }
    expect(plans[0].questions.minutes).toBe(20);
    // Not a fallback: a section that does not fit fails the plan, so it is set aside, not lost.
    expect(
      plansRecordSchema.safeParse({ plans: [{ ...bare('a'), questions: { minutes: 'twenty' } }] })
        .success,
    ).toBe(false);
    expect(
      plansRecordSchema.safeParse({ plans: [{ ...bare('a'), conversation: null }] }).success,
    ).toBe(false);
    // Saved, a plan at its defaults is its id, name and dates alone.
    const storage = new FakeStorage();
    expect(make(storage).commit([planSchema.parse(bare('a'))], 'a')).toBe(true);
    expect(JSON.parse(storage.getItem('iik:plans:v3')!).plans).toEqual([bare('a')]);
  });

  test('sparse() leaves out only what equals its default, section by section', () => {
    const blank = { tone: 'warm', minutes: 20, notes: '', tags: [], meta: { a: null, b: false } };
    expect(
      sparse(
        { id: 'x', tone: 'warm', minutes: 0, notes: '', tags: ['y'], meta: { a: null, b: true } },
        blank,
      ),
    ).toEqual({ id: 'x', minutes: 0, tags: ['y'], meta: { b: true } });
    // A part at its defaults is left out whole, not saved as {}.
    expect(sparse({ id: 'x', meta: { a: null, b: false } }, blank)).toEqual({ id: 'x' });
    // It leaves out an empty list whose default is a list: every list a plan's schema fills in
    // must then be empty, or an emptied one would come back full.
    const lists: unknown[][] = [];
    const walk = (o: unknown): void => {
      if (Array.isArray(o)) lists.push(o);
      else if (o && typeof o === 'object') Object.values(o).forEach(walk);
    };
    walk(planSchema.parse({ id: '', name: '', createdAt: '', updatedAt: '' }));
    expect(lists.length).toBeGreaterThan(3);
    expect(lists.filter((l) => l.length)).toEqual([]);
  });

  test('keeps corrupt saved plans aside, tells the user and starts clean', () => {
    const storage = new FakeStorage({ 'iik:plans:v3': '{not json' });
    const state = make(storage);
    expect(state.plans.value.map((p) => p.name)).toEqual(['My first conversation']);
    const [notice] = state.notices.value;
    expect(notice.kind).toBe('corrupt');
    expect(notice).toEqual({
      kind: 'corrupt',
      backupKey: expect.stringMatching(/^iik:plans:corrupt:2026-/),
    });
    expect(storage.getItem(notice.backupKey!)).toBe('{not json');
    expect(storage.getItem('iik:plans:v3')).toBeNull();
    state.dismissNotice(0);
    expect(state.notices.value).toEqual([]);
  });

  test('works in memory with a notice when storage is blocked', () => {
    const state = make(null);
    expect(state.mode.value).toBe('memory');
    expect(state.notices.value.map((n) => n.kind)).toEqual(['blocked']);
    state.updatePerson({ name: 'Ola' });
    expect(state.current.value.person.name).toBe('Ola');
  });

  test('switches to memory with a notice when storage fills up', () => {
    const storage = new FakeStorage();
    const state = make(storage);
    storage.fail.set = 'QuotaExceededError';
    state.updatePerson({ name: 'Ola' });
    state.updatePerson({ role: 'Chef' });
    expect(state.mode.value).toBe('memory');
    expect(state.notices.value.map((n) => n.kind)).toEqual(['quota']);
    expect(state.current.value.person).toMatchObject({ name: 'Ola', role: 'Chef' });
  });

  test('saves again on the next change once storage has room, and says so', () => {
    const storage = new FakeStorage();
    const state = make(storage);
    const big = state.create('Big');
    storage.fail.set = 'QuotaExceededError';
    state.updateSection('checklist', (c) => ({ ...c, notes: 'x'.repeat(1000) }));
    expect(state.mode.value).toBe('memory');
    // The user makes room by deleting the big plan: that change is saved.
    delete storage.fail.set;
    createRemoval(state).remove(big.id);
    expect(state.mode.value).toBe('local');
    // The "full" notice gives way to "saved" (its wording is the plan bar's).
    expect(state.notices.value).toEqual([{ kind: 'saved' }]);
    expect(stored(storage).plans.map((p: { name: string }) => p.name)).toEqual([
      'My first conversation',
    ]);
    expect(make(storage).plans.value.map((p) => p.name)).toEqual(['My first conversation']);
  });

  test('asks once for persistent storage, after the first save', () => {
    const persist = vi.fn();
    const state = make(new FakeStorage(), persist);
    expect(persist).not.toHaveBeenCalled();
    state.updatePerson({ name: 'Ola' });
    state.updatePerson({ role: 'Chef' });
    expect(persist).toHaveBeenCalledOnce();
  });

  test('does not ask for persistent storage while nothing is saved to it', () => {
    const persist = vi.fn();
    make(null, persist).updatePerson({ name: 'Ola' });
    expect(persist).not.toHaveBeenCalled();
  });

  test('follows changes made in another tab', () => {
    const storage = new FakeStorage();
    const a = make(storage);
    const b = make(storage);
    a.updatePerson({ name: 'From tab A' });
    window.dispatchEvent(
      Object.assign(new Event('storage'), { key: 'iik:plans:v3', storageArea: storage }),
    );
    expect(b.current.value.person.name).toBe('From tab A');
  });
});

describe('plans saved by an older release', () => {
  /** A version 2 plan as version 3 keeps it: `own` are the details it keeps as its own. */
  const asV3 = (
    plan: (typeof v2Record.plans)[number],
    own: Record<string, string>,
    log: unknown[],
  ) => {
    const outreach: Record<string, unknown> = { ...plan.outreach };
    delete outreach.sentAt;
    delete outreach.meetingAt;
    return {
      ...plan,
      outreach: {
        ...outreach,
        senderName: '',
        senderSchool: '',
        interest: '',
        ...own,
        ownDetails: Object.keys(own).length > 0,
      },
      conversation: { ...plan.conversation, log },
    };
  };

  test('a real version 2 record becomes version 3, the dates in the log and the student once', async () => {
    const storage = new FakeStorage({ 'iik:plans:v2': JSON.stringify(v2Record) });
    const state = make(storage);
    await told(state, 'migrated');
    expect(state.notices.value).toEqual([{ kind: 'migrated' }]);
    expect(storage.keys()).toEqual(['iik:plans:v3']);

    // The student's details come from the most recently changed plan (Dana's, not the first).
    expectStudent(state, storage, samLee);

    const [priya, dana, marco] = v2Record.plans;
    const expected = [
      // Its log was the record: nothing added. Its different interest stays its own.
      asV3(priya, { interest: 'hospital administration' }, priyaLog),
      asV3(dana, {}, [
        { ...noDetails, id: 'outreach:sent', kind: 'asked', at: '2026-12-07', channel: 'email' },
        {
          ...noDetails,
          id: 'outreach:meeting',
          kind: 'scheduled',
          at: '2026-12-07',
          meetingAt: '2026-12-14T15:00',
        },
      ]),
      asV3(marco, {}, [
        { ...noDetails, id: 'outreach:sent', kind: 'asked', at: '2026-12-07', channel: 'linkedin' },
      ]),
    ];
    // Nothing else changed: every plan, field for field, in its order, on the same plan.
    expect(state.plans.value).toEqual(expected);
    expect(stored(storage).plans).toEqual(expected);
    expect(state.current.value.name).toBe('Coffee with Dana');

    // What the conversations page and a hand-off offer show for them.
    const later = new Date('2026-12-09T12:00:00Z');
    const [p, d, m] = state.plans.value;
    expect(conversationStatus(p, later)).toMatchObject({
      stage: 'scheduled',
      sentOn: '2026-11-24',
    });
    expect(conversationStatus(d, later)).toMatchObject({
      stage: 'scheduled',
      sentOn: '2026-12-07',
      meetingAt: '2026-12-14T15:00',
    });
    expect(conversationStatus(m, later)).toMatchObject({ stage: 'asked', sentOn: '2026-12-07' });
    expect(planContents(d).conversation).toEqual({ entries: 2, debrief: false });

    // Done once: the next visit reads version 3 and says nothing.
    const again = make(storage);
    expect(again.plans.value).toEqual(expected);
    await new Promise((r) => setTimeout(r, 0));
    expect(again.notices.value).toEqual([]);
  });

  test('a real version 1 record still migrates', async () => {
    const storage = new FakeStorage({ 'iik:plans:v1': JSON.stringify(v1Record) });
    const state = make(storage);
    await told(state, 'migrated');
    expect(state.plans.value).toHaveLength(1);
    const plan = state.current.value;
    expect(plan).toMatchObject({
      name: 'Coffee with Dana',
      createdAt: '2025-10-02T18:30:00.000Z',
      person: { name: 'Dana Ortiz', role: 'UX researcher', organization: 'Northwind' },
      checklist: { done: ['research-person', 'send-thank-you'], custom: [], notes: v1Record.notes },
    });
    expect(plan.person.connection).toBe('school');
    expect(plan.questions.items).toEqual([]);
    expect(plan.conversation.log).toEqual([]);
    expect(storage.keys()).toEqual(['iik:plans:v3']);
    expect(stored(storage).currentId).toBe(plan.id);
    expect(state.notices.value).toEqual([{ kind: 'migrated' }]);
  });

  test('migratePlans names a v1 plan after the person, or the first plan’s name, when it had no title', () => {
    const out = migratePlans({ person: { name: 'Kim', howWeMet: 'meetup' } }, 1, () => 'id1');
    expect(out?.plans[0]).toMatchObject({
      id: 'id1',
      name: 'Kim',
      person: { connection: 'other' },
    });
    expect(out?.currentId).toBe('id1');
    expect(migratePlans({}, 1, () => 'id2', 'My first conversation')?.plans[0].name).toBe(
      'My first conversation',
    );
    expect(migratePlans({ plans: [{ name: 'no id' }] }, 2, () => 'id3')).toBeNull();
    expect(migratePlans('seven', 1, () => 'id4')).toBeNull();
  });

  test.each([
    ['cut short', '{"plans":[{"id":"7f1c2a9e","name":"Coffee with Da'],
    ['of the wrong shape', '{"plans":[{"name":"no id"}],"currentId":""}'],
  ])(
    'sets version 2 data %s aside under a corrupt key, says so and starts clean',
    async (_, raw) => {
      const storage = new FakeStorage({ 'iik:plans:v2': raw });
      const state = make(storage);
      await told(state, 'corrupt');
      expect(state.notices.value).toEqual([
        { kind: 'corrupt', backupKey: expect.stringMatching(/^iik:plans:corrupt:2026-/) },
      ]);
      const { backupKey } = state.notices.value[0];
      expect(storage.getItem(backupKey!)).toBe(raw);
      expect(storage.keys()).toEqual([backupKey]);
      expect(state.plans.value.map((p) => p.name)).toEqual(['My first conversation']);
    },
  );

  test('keeps the work done in the moment before the older plans arrive', async () => {
    const storage = new FakeStorage({ 'iik:plans:v2': JSON.stringify(v2Record) });
    const state = make(storage);
    expect(state.plans.value.map((p) => p.name)).toEqual(['My first conversation']);
    state.updatePerson({ name: 'Ola' });
    await told(state, 'migrated');
    expect(state.plans.value.map((p) => p.name)).toEqual([
      'Call with Priya',
      'Coffee with Dana',
      'Lunch with Marco',
      'My first conversation',
    ]);
    expect(state.plans.value[3].person.name).toBe('Ola');
    expect(stored(storage).plans).toHaveLength(4);
  });

  test('an older record saved again beside the current one adds only its missing plans', async () => {
    const storage = new FakeStorage({ 'iik:plans:v2': JSON.stringify(v2Record) });
    const first = make(storage);
    await told(first, 'migrated');
    first.updateStudent({ signature: 'Sam Lee, Riverside College ’27' });
    // A tab still open on the previous release saves version 2 again, with a plan made there.
    const jo = v2Plan({
      id: 'made-in-old-tab',
      name: 'Call with Jo',
      createdAt: '2026-12-09T08:00:00.000Z',
      updatedAt: '2026-12-09T08:05:00.000Z',
      person: { name: 'Jo Park' },
      outreach: { senderName: 'Sam Lee', sentAt: '2026-12-09' },
    });
    storage.setItem(
      'iik:plans:v2',
      JSON.stringify({ ...v2Record, plans: [...v2Record.plans, jo] }),
    );
    const state = make(storage);
    await told(state, 'migrated');
    const ids = state.plans.value.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(state.plans.value.map((p) => p.name).sort()).toEqual([
      'Call with Jo',
      'Call with Priya',
      'Coffee with Dana',
      'Lunch with Marco',
    ]);
    // The student's details entered since stay as they are.
    expect(state.student.value).toEqual({
      ...samLee,
      signature: 'Sam Lee, Riverside College ’27',
    });
    expect(storage.keys()).toEqual(['iik:plans:v3']);
  });
});

describe('backup reminder', () => {
  const day = 864e5;
  // A clock that moves one millisecond per reading, from `days` after 1 March 2026.
  const at = (days: number) => {
    let ms = 0;
    return () => new Date(Date.UTC(2026, 2, 1) + days * day + ms++);
  };

  test('is due once a plan holds work and has never been exported, until dismissed', () => {
    const storage = new FakeStorage();
    const state = createPlansState({ storage, now: at(0), persist: () => {} });
    state.create('Empty plan');
    expect(state.backupDue.value).toBe(false);
    expect(state.lastExport.value).toBeNull();
    state.updateSection('checklist', (c) => ({ ...c, notes: 'Ask about night shifts' }));
    expect(state.backupDue.value).toBe(true);
    state.dismissBackup();
    expect(state.backupDue.value).toBe(false);
    // Kept across reloads, under its own versioned key; back once two weeks have passed.
    expect(JSON.parse(storage.getItem('iik:backup:v1')!).dismissedAt).toMatch(/^2026-03-01T/);
    expect(createPlansState({ storage, now: at(13) }).backupDue.value).toBe(false);
    expect(createPlansState({ storage, now: at(15) }).backupDue.value).toBe(true);
  });

  test('records the export time and is due again two weeks after it, if plans changed', () => {
    const storage = new FakeStorage();
    const state = createPlansState({ storage, now: at(0), persist: () => {} });
    state.updatePerson({ name: 'Ola' });
    state.markExported();
    expect(state.backupDue.value).toBe(false);
    expect(createPlansState({ storage, now: at(20) }).backupDue.value).toBe(false);
    const later = createPlansState({ storage, now: at(3), persist: () => {} });
    expect(later.lastExport.value).toMatch(/^2026-03-01T/);
    later.updatePerson({ role: 'Nurse' });
    expect(later.backupDue.value).toBe(false);
    expect(createPlansState({ storage, now: at(15) }).backupDue.value).toBe(true);
  });

  test('reads an unreadable backup record as never exported, keeping a copy', () => {
    const storage = new FakeStorage({ 'iik:backup:v1': '{"exportedAt": 5}' });
    const state = createPlansState({ storage, now: at(0) });
    expect(state.lastExport.value).toBeNull();
    expect(storage.keys().some((k) => k.startsWith('iik:backup:corrupt:'))).toBe(true);
  });
});

describe('importPlans', () => {
  const exported = () => {
    const source = make();
    source.updatePerson({ name: 'Rae' });
    source.create('Second');
    return { text: exportPlans(source), ids: source.plans.value.map((p) => p.id) };
  };
  /** An export of one plan with the given checklist notes. */
  const withNotes = (notes: string, name = 'Long notes') => {
    const source = make();
    source.rename(source.current.value.id, name);
    source.updateSection('checklist', (c) => ({ ...c, notes }));
    return exportPlans(source);
  };

  test('exports every plan in a marked file', () => {
    const file = JSON.parse(exported().text);
    expect(file.format).toBe(exportFormat);
    expect(file.version).toBe(3);
    expect(file.plans).toHaveLength(2);
  });

  test('exports the student’s details with the plans, and an import adopts them', () => {
    const source = make();
    source.updateStudent({
      name: 'Sam Lee',
      school: 'Riverside College',
      interest: 'user research',
      signature: 'Sam Lee\nRiverside College',
    });
    source.updatePerson({ name: 'Rae' });
    const text = exportPlans(source);
    expect(JSON.parse(text).student).toEqual(source.student.value);
    // Another browser, where nothing was entered yet, takes them.
    const fresh = make();
    expect(importPlans(fresh, text, 'merge', planImportText).ok).toBe(true);
    expect(fresh.student.value).toEqual(source.student.value);
    // One where the student already entered some keeps those and fills in the rest.
    const storage = new FakeStorage();
    const mine = make(storage);
    mine.updateStudent({ name: 'Samantha Lee', signature: 'Sam' });
    expect(importPlans(mine, text, 'merge', planImportText).ok).toBe(true);
    const kept = { ...source.student.value, name: 'Samantha Lee', signature: 'Sam' };
    expectStudent(mine, storage, kept);
  });

  describe('a file exported by the previous release (version 2)', () => {
    const oldFile = JSON.stringify(
      {
        format: exportFormat,
        version: 2,
        exportedAt: '2026-12-08T10:00:00.000Z',
        plans: [v2Record.plans[1], v2Record.plans[2]],
      },
      null,
      2,
    );
    const logOf = (plan: { conversation: { log: { id: string; kind: string; at: string }[] } }) =>
      plan.conversation.log.map(({ id, kind, at }) => `${id} ${kind} ${at}`);

    test('has its outreach dates moved into the log, and gives an empty student its details', () => {
      const storage = new FakeStorage();
      const state = make(storage);
      expect(importPlans(state, oldFile, 'merge', planImportText)).toEqual({
        ok: true,
        message: 'Imported 2 plans.',
      });
      const [dana, marco] = state.plans.value;
      expect(logOf(dana)).toEqual([
        'outreach:sent asked 2026-12-07',
        'outreach:meeting scheduled 2026-12-07',
      ]);
      expect(dana.conversation.log[1].meetingAt).toBe('2026-12-14T15:00');
      expect(logOf(marco)).toEqual(['outreach:sent asked 2026-12-07']);
      expectStudent(state, storage, samLee);
      expect(dana.outreach).toMatchObject({
        senderName: '',
        senderSchool: '',
        interest: '',
        ownDetails: false,
      });
      expect(dana.outreach).not.toHaveProperty('sentAt');
    });

    test('leaves a student already entered as it is; the file’s other details stay its plan’s own', () => {
      const state = make();
      state.updateStudent({ name: 'Samantha Lee', interest: 'design research' });
      expect(importPlans(state, oldFile, 'replace', planImportText).ok).toBe(true);
      expect(state.student.value).toEqual({
        name: 'Samantha Lee',
        school: 'Riverside College',
        interest: 'design research',
        signature: '',
      });
      expect(state.plans.value[0].outreach).toMatchObject({
        senderName: 'Sam Lee',
        senderSchool: '',
        interest: 'user research',
        ownDetails: true,
      });
      expect(logOf(state.plans.value[0])[0]).toBe('outreach:sent asked 2026-12-07');
    });
  });

  test('merges an export into existing plans, dropping the untouched default', () => {
    const { text, ids } = exported();
    const state = make();
    expect(importPlans(state, text, 'merge', planImportText)).toEqual({
      ok: true,
      message: 'Imported 2 plans.',
    });
    expect(state.plans.value.map((p) => p.id)).toEqual(ids);
    expect(state.notices.value).toEqual([]);
  });

  test('merging keeps the newer copy of a plan that exists on both sides, and says so', () => {
    const storage = new FakeStorage();
    const state = make(storage);
    state.updatePerson({ name: 'Mine' });
    const text = exportPlans(state);
    state.updatePerson({ name: 'Mine, edited later' });
    state.create('Extra');
    expect(importPlans(state, text, 'merge', planImportText)).toEqual({
      ok: true,
      message: 'Nothing to import: you already have these plans, as new or newer.',
    });
    expect(state.plans.value.map((p) => p.person.name)).toEqual(['Mine, edited later', '']);
  });

  test('replace swaps every plan for the imported ones', () => {
    const { text, ids } = exported();
    const storage = new FakeStorage();
    const state = make(storage);
    state.create('Will be replaced');
    expect(importPlans(state, text, 'replace', planImportText)).toEqual({
      ok: true,
      message: 'Imported 2 plans, in place of your previous plans.',
    });
    expect(state.plans.value.map((p) => p.id)).toEqual(ids);
    expect(state.current.value.id).toBe(ids[0]);
    expect(stored(storage).plans).toHaveLength(2);
  });

  test('a malformed or foreign file gives a clear error and changes nothing', () => {
    const storage = new FakeStorage();
    const state = make(storage);
    state.create('Keep me');
    const before = storage.getItem('iik:plans:v3');
    const bad = [
      ['{not json', 'not valid JSON'],
      ['{"hello":"world"}', 'does not hold toolkit plans'],
      ['{"plans":[{"name":"no id"}]}', 'does not hold toolkit plans'],
      ['{"format":"something-else","plans":[]}', 'does not hold toolkit plans'],
      ['{"plans":[]}', 'no plans'],
    ];
    for (const [text, message] of bad) {
      const result = importPlans(state, text, 'replace', planImportText);
      expect(result.ok).toBe(false);
      expect(result.ok ? '' : result.error).toContain(message);
    }
    expect(storage.getItem('iik:plans:v3')).toBe(before);
    expect(state.plans.value.map((p) => p.name)).toEqual(['My first conversation', 'Keep me']);
  });

  test('refuses a file over 1 MB, saying its size and the limit', () => {
    const state = make();
    state.create('Keep me');
    const text = withNotes('n'.repeat(5 * 1024 * 1024));
    expect(importLimitBytes).toBe(1024 * 1024);
    const result = importPlans(state, text, 'replace', planImportText);
    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(/^That file is 5\.0 MB; the toolkit imports files up to 1 MB\./),
    });
    expect(state.plans.value.map((p) => p.name)).toEqual(['My first conversation', 'Keep me']);
  });

  test('holds names and one-line fields to the limits of the forms', () => {
    const state = make();
    state.create('Keep me');
    const long = (n: number) => 'a'.repeat(n);
    expect(
      importPlans(state, withNotes('ok', long(textLimits.planName)), 'merge', planImportText).ok,
    ).toBe(true);
    createRemoval(state).remove(state.plans.value.at(-1)!.id);
    const over = importPlans(
      state,
      withNotes('ok', long(textLimits.planName + 1)),
      'merge',
      planImportText,
    );
    expect(over).toEqual({
      ok: false,
      error: `Plan 1 in the file (“${long(40)}…”) has a name longer than 80 characters, more than the form allows. Nothing was changed.`,
    });
    const source = make();
    source.updatePerson({ role: long(151) });
    expect(importPlans(state, exportPlans(source), 'merge', planImportText)).toMatchObject({
      ok: false,
      error: expect.stringContaining('has a detail about the person longer than 150 characters'),
    });
    const steps = make();
    steps.updateSection('checklist', (c) => ({
      ...c,
      custom: [{ id: 's1', stage: 'before', text: long(91) }],
    }));
    expect(importPlans(state, exportPlans(steps), 'merge', planImportText)).toMatchObject({
      ok: false,
      error: expect.stringContaining('has a checklist step longer than 90 characters'),
    });
    expect(state.plans.value.map((p) => p.name)).toEqual(['My first conversation', 'Keep me']);
  });

  test('changes nothing, on screen or in storage, when the result does not fit', () => {
    const storage = new FakeStorage();
    storage.quota = 4000;
    const state = make(storage);
    state.create('Keep me');
    const before = storage.getItem('iik:plans:v3');
    const shown = state.plans.value;
    for (const how of ['merge', 'replace'] as const) {
      const result = importPlans(state, withNotes('x'.repeat(5000)), how, planImportText);
      expect(result.ok).toBe(false);
      expect(result.ok ? '' : result.error).toMatch(
        /^There is not enough room in this browser's storage for .*, so nothing was changed\./,
      );
    }
    expect(state.plans.value).toBe(shown);
    expect(storage.getItem('iik:plans:v3')).toBe(before);
    expect(make(storage).plans.value.map((p) => p.name)).toEqual([
      'My first conversation',
      'Keep me',
    ]);
    // A failed trial is not "storage is full": the tab keeps saving normally.
    expect(state.notices.value).toEqual([]);
    expect(state.mode.value).toBe('local');
    state.rename(state.current.value.id, 'Still saved');
    expect(make(storage).current.value.name).toBe('Still saved');
  });

  test('an import that fits while storage was full saves everything again', () => {
    const storage = new FakeStorage();
    storage.quota = 6000;
    const state = make(storage);
    state.updateSection('checklist', (c) => ({ ...c, notes: 'y'.repeat(7000) }));
    expect(state.mode.value).toBe('memory');
    const { text } = exported();
    expect(importPlans(state, text, 'replace', planImportText).ok).toBe(true);
    expect(state.mode.value).toBe('local');
    expect(state.notices.value.map((n) => n.kind)).toEqual(['saved']);
    expect(stored(storage).plans).toHaveLength(2);
  });

  test('says when imported plans only live in this tab', () => {
    const state = make(null);
    const result = importPlans(state, exported().text, 'merge', planImportText);
    expect(result).toEqual({
      ok: true,
      message:
        'Imported 2 plans. This browser is not saving, so they last until you close the tab: export them to keep them.',
    });
  });
});
