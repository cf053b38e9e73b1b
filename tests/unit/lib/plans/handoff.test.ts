// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { planSchema, textLimits, type Plan } from '../../../../src/lib/plans/plan';
import { createPlansState } from '../../../../src/lib/plans/state';
import {
  addHandedPlans,
  copyName,
  decodeHandoff,
  encodeHandoff,
  handedKind,
  handoffUrl,
  handoffUrlMax,
  planContents,
  type Handoff,
} from '../../../../src/lib/plans/handoff.lazy';
import { bytesToBase64Url } from '../../../../src/lib/shared/base64url';
import { deflateText } from '../../../../src/lib/shared/compress';
import { fragmentParam, planFragmentKey } from '../../../../src/lib/shared/fragment';
import { handoffOfferText } from '../../../../src/lib/strings/handoff';
import { contentLines, planLine } from '../../../../src/lib/plans/contents.lazy';
import { FakeStorage } from '../../../support/storage';
import { noDetails } from '../../../support/conversations';

const page = 'https://toolkit.example.edu/tools/checklist/';

/** A plan as a student leaves it after an evening's work: every tool used, a few notes. */
const typical: Plan = planSchema.parse({
  id: '7f1c2a9e-3b4d-4e5f-8a6b-1c2d3e4f5a6b',
  name: 'Coffee with Dana — “UX” 🙂',
  createdAt: '2026-03-01T12:00:00.000Z',
  updatedAt: '2026-03-02T18:30:00.000Z',
  person: {
    name: 'Dana Ortiz',
    role: 'UX researcher',
    organization: 'Northwind',
    field: 'design',
    connection: 'school',
    school: 'Riverside College',
  },
  checklist: {
    done: ['research-person', 'write-questions', 'send-request', 'confirm-time'],
    custom: [{ id: 'c1', stage: 'before', text: 'Read her talk on diary studies' }],
    notes: 'She moved from academia in 2021. Ask about the portfolio review.',
  },
  questions: {
    minutes: 30,
    items: Array.from({ length: 10 }, (_, i) => ({
      id: `q${i}`,
      sourceId: `advice-${i}`,
      text: `What would you tell someone starting out in {field}, question ${i}?`,
      mustAsk: i < 2,
      notes: i < 3 ? 'Said to start with small studies and write them up.' : '',
    })),
  },
  outreach: {
    // Written for Dana only: the student's usual interest is another.
    interest: 'user research',
    ownDetails: true,
    toEmail: 'dana@example.com',
    drafts: { email: 'Hi Dana,\n\nI am a student at Riverside College…' },
  },
  conversation: {
    log: [
      { id: 'outreach:sent', kind: 'asked', at: '2026-03-02', channel: 'email' },
      { id: 'l2', kind: 'replied', at: '2026-03-03' },
      { id: 'l3', kind: 'scheduled', at: '2026-03-03', meetingAt: '2026-03-09T15:00:00-05:00' },
    ],
  },
});

/** Text that does not compress: every plan built with it is as large as it looks. */
function noise(length: number, seed = 1): string {
  let x = seed;
  let out = '';
  while (out.length < length) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    out += String.fromCharCode(33 + (x % 90));
  }
  return out;
}

const code = async (value: unknown) => bytesToBase64Url(await deflateText(JSON.stringify(value)));

/** The hand-off of one plan, the one the student works on. */
const one = (plan: Plan): Handoff => ({ plans: [plan], currentId: plan.id });

/** A plan as the conversations page makes it for a person: a name, an organization, a log. */
const person = (i: number): Plan =>
  planSchema.parse({
    id: `person-${i}`,
    name: `Person ${i}`,
    createdAt: '2026-03-01T12:00:00.000Z',
    updatedAt: `2026-03-0${1 + (i % 9)}T12:00:00.000Z`,
    person: { name: `Person ${i}`, organization: `Organization ${i}` },
    conversation: { log: [{ id: `l${i}`, kind: 'asked', at: '2026-03-02', channel: 'email' }] },
  });

describe('handoffUrl and decodeHandoff', () => {
  test('round-trip a plan through the address fragment, every field kept', async () => {
    const result = await handoffUrl(page, one(typical));
    if (!result.ok) throw new Error('a typical plan fits');
    const url = new URL(result.url);
    expect(url.origin + url.pathname).toBe(page);
    const fragment = fragmentParam(url.hash, planFragmentKey);
    expect(fragment).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await decodeHandoff(fragment!)).toEqual({ ok: true, ...one(typical) });
  });

  test('round-trip every plan, in order, with the one the student works on', async () => {
    const plans = [typical, person(1), person(2)];
    const result = await handoffUrl(page, { plans, currentId: 'person-1' });
    if (!result.ok) throw new Error('three plans fit');
    const fragment = fragmentParam(new URL(result.url).hash, planFragmentKey)!;
    expect(await decodeHandoff(fragment)).toEqual({ ok: true, plans, currentId: 'person-1' });
  });

  test('carry a conversations list of 25 people in one link', async () => {
    const plans = Array.from({ length: 25 }, (_, i) => person(i));
    const result = await handoffUrl(page, { plans, currentId: plans[0].id });
    expect(result.ok && result.url.length).toBeLessThanOrEqual(handoffUrlMax);
  });

  test('make the first plan current when the code names none of them', async () => {
    const plans = [person(1), person(2)];
    expect(await decodeHandoff(await encodeHandoff({ plans, currentId: 'gone' }))).toEqual({
      ok: true,
      plans,
      currentId: 'person-1',
    });
  });

  test('still read the one plan an earlier release’s embed carried', async () => {
    expect(await decodeHandoff(await code({ v: 1, plan: typical }))).toEqual({
      ok: true,
      ...one(typical),
    });
  });

  test('carry the plan only in the fragment, which the browser never sends', async () => {
    const result = await handoffUrl(`${page}?org=Riverside`, one(typical));
    if (!result.ok) throw new Error('a typical plan fits');
    const url = new URL(result.url);
    expect(url.search).toBe('?org=Riverside');
    expect(url.hash.startsWith(`#${planFragmentKey}=`)).toBe(true);
  });

  test('compress: a typical plan takes well under a quarter of the limit', async () => {
    const json = JSON.stringify(typical).length;
    const result = await handoffUrl(page, one(typical));
    if (!result.ok) throw new Error('a typical plan fits');
    expect(result.url.length).toBeLessThan(handoffUrlMax / 4);
    expect(result.url.length).toBeLessThan(json);
  });

  test('refuse plans whose link would be over the limit, and say how long it would be', async () => {
    const big = { ...typical, checklist: { ...typical.checklist, notes: noise(9000) } };
    const result = await handoffUrl(page, { plans: [typical, big], currentId: typical.id });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.length).toBeGreaterThan(handoffUrlMax);
  });

  test('take a plan right up to the limit', async () => {
    // Grow the notes until the link is as long as it may be, then one step more.
    let n = 4000;
    let last: Awaited<ReturnType<typeof handoffUrl>> | undefined;
    for (; n < 9000; n += 50) {
      const r = await handoffUrl(
        page,
        one({ ...typical, checklist: { ...typical.checklist, notes: noise(n) } }),
      );
      if (!r.ok) break;
      last = r;
    }
    expect(last?.ok).toBe(true);
    if (last?.ok) expect(last.url.length).toBeLessThanOrEqual(handoffUrlMax);
  });

  test.each([
    ['not base64url', '%%%not*base64'],
    ['base64 of bytes that are not DEFLATE', bytesToBase64Url(new TextEncoder().encode('hello'))],
    ['an empty code', ''],
  ])('call a code that is %s damaged', async (_, bad) => {
    expect(await decodeHandoff(bad)).toEqual({ ok: false, error: 'damaged' });
  });

  test('call a code cut short when copied damaged', async () => {
    const whole = await encodeHandoff(one(typical));
    expect(await decodeHandoff(whole.slice(0, Math.floor(whole.length / 2)))).toEqual({
      ok: false,
      error: 'damaged',
    });
  });

  test('call compressed text that is not JSON damaged', async () => {
    expect(await decodeHandoff(bytesToBase64Url(await deflateText('{"v":2,"plans":[')))).toEqual({
      ok: false,
      error: 'damaged',
    });
  });

  test('stop inflating a small code that would expand past 1 MB', async () => {
    const bomb = await code({
      v: 2,
      plans: [{ ...typical, name: ' '.repeat(2 * 1024 * 1024) }],
      currentId: typical.id,
    });
    expect(bomb.length).toBeLessThan(handoffUrlMax);
    // Compared as a word: a 2 MB plan, were it decoded, would make a diff too large to print.
    const result = await decodeHandoff(bomb);
    expect(result.ok ? 'decoded' : result.error).toBe('damaged');
  });

  test.each([
    ['JSON that is not a plan', { v: 2, plans: [{ hello: 'world' }] }],
    [
      'a plan with a wrong field type among good ones',
      { v: 2, plans: [typical, { ...typical, person: { name: 42 } }] },
    ],
    ['an earlier release’s code that is not a plan', { v: 1, plan: { hello: 'world' } }],
    ['plans from a newer format', { v: 3, plans: [typical] }],
    ['an empty list', { v: 2, plans: [], currentId: '' }],
    ['no plan at all', [1, 2, 3]],
    ['null', null],
  ])('refuse %s', async (_, value) => {
    expect(await decodeHandoff(await code(value))).toEqual({ ok: false, error: 'not-a-plan' });
  });

  test('move the outreach dates of a plan handed over by a page of the previous release into its log', async () => {
    // As the previous release (plans format 2) sent it: dates in the outreach section, no log.
    const old = {
      ...typical,
      outreach: {
        ...typical.outreach,
        senderName: 'Sam Lee',
        sentAt: '2026-03-02',
        meetingAt: '2026-03-09T15:00',
      },
      conversation: { ...typical.conversation, log: [] },
    };
    const result = await decodeHandoff(await code({ v: 1, plan: old }));
    if (!result.ok) throw new Error('an older plan still decodes');
    const [plan] = result.plans;
    expect(plan.conversation.log).toEqual([
      { ...noDetails, id: 'outreach:sent', kind: 'asked', at: '2026-03-02', channel: 'email' },
      {
        ...noDetails,
        id: 'outreach:meeting',
        kind: 'scheduled',
        at: '2026-03-02',
        meetingAt: '2026-03-09T15:00',
      },
    ]);
    expect(plan.outreach).not.toHaveProperty('sentAt');
    expect(plan.outreach.senderName).toBe('Sam Lee');
    expect(contentLines(planContents(plan), handoffOfferText)).toContain(
      'Conversation: 2 entries in the log',
    );
  });

  test('refuse plans when one has a field longer than its form allows', async () => {
    const long = { ...typical, name: 'x'.repeat(textLimits.planName + 1) };
    expect(await decodeHandoff(await code({ v: 2, plans: [typical, long] }))).toEqual({
      ok: false,
      error: 'too-long',
    });
  });
});

describe('planContents', () => {
  test('names the person and the sections that have content', () => {
    const c = planContents(typical);
    expect(c.person).toEqual(['Dana Ortiz', 'UX researcher', 'Northwind']);
    expect(contentLines(c, handoffOfferText)).toEqual([
      'Checklist: 4 steps ticked, 1 own step, notes',
      'Questions: 10 questions, 3 with answer notes',
      'Outreach: your details, 1 edited message',
      'Conversation: 3 entries in the log',
    ]);
  });

  test('counts the conversation’s log and notes a debrief', () => {
    const logged = planSchema.parse({
      ...person(1),
      conversation: {
        log: [
          { id: 'a', kind: 'asked', at: '2026-03-02' },
          { id: 'b', kind: 'talked', at: '2026-03-09' },
        ],
        debrief: { learned: 'Start with small studies.' },
      },
    });
    expect(contentLines(planContents(logged), handoffOfferText)).toEqual([
      'Conversation: 2 entries in the log, debrief',
    ]);
    expect(contentLines(planContents(person(1)), handoffOfferText)).toEqual([
      'Conversation: 1 entry in the log',
    ]);
  });

  test('lists nothing for an empty plan', () => {
    const empty = planSchema.parse({ id: 'e', name: 'Empty', createdAt: '', updatedAt: '' });
    const c = planContents(empty);
    expect(c.person).toEqual([]);
    expect(contentLines(c, handoffOfferText)).toEqual([]);
    expect(planLine(c, handoffOfferText)).toBe('Empty: nothing filled in yet');
  });

  test('planLine gives one of several plans on a line, without repeating the name', () => {
    expect(planLine(planContents(person(3)), handoffOfferText)).toBe(
      'Person 3 (Organization 3): Conversation: 1 entry in the log',
    );
    expect(planLine(planContents(typical), handoffOfferText)).toMatch(
      /^Coffee with Dana — “UX” 🙂 \(Dana Ortiz, UX researcher, Northwind\): Checklist: 4 steps ticked, 1 own step, notes; Questions: /,
    );
  });
});

describe('handedKind', () => {
  test('tells a new plan, the same plan and another version of one apart', () => {
    const mine = [typical];
    expect(handedKind(mine, person(1))).toBe('new');
    expect(handedKind(mine, { ...typical })).toBe('same');
    expect(handedKind(mine, { ...typical, updatedAt: '2026-03-05T00:00:00.000Z' })).toBe('changed');
  });
});

describe('addHandedPlans', () => {
  let tick = 0;
  const now = () => new Date(Date.UTC(2026, 3, 1, 12, 0, tick++));
  const make = (storage = new FakeStorage()) =>
    createPlansState({
      storage,
      now,
      persist: () => {},
      names: { first: 'My first conversation', next: 'Conversation {n}' },
    });
  const names = (state: ReturnType<typeof make>) => state.plans.value.map((p) => p.name);

  test('brings the student’s details with the plans, filling only what is empty here', async () => {
    const student = {
      name: 'Sam Rivera',
      school: 'Lakeside College',
      interest: 'parks',
      signature: '',
    };
    const decoded = await decodeHandoff(
      await encodeHandoff({ plans: [typical], currentId: typical.id, student }),
    );
    if (!decoded.ok) throw new Error('decodes');
    expect(decoded.student).toEqual(student);
    const state = make();
    state.updateStudent({ interest: 'city planning' });
    expect(addHandedPlans(state, decoded, ' (copy)')).not.toBeNull();
    expect(state.student.value).toEqual({ ...student, interest: 'city planning' });
  });

  test('adds the plan beside the student’s own and makes it current, replacing nothing', () => {
    const state = make();
    state.updatePerson({ name: 'Alex' });
    const mine = state.current.value;
    state.create('My own plan');
    const result = addHandedPlans(state, one(typical), ' (copy)');
    expect(result).toEqual({ added: [typical], currentId: typical.id });
    expect(names(state)).toEqual([mine.name, 'My own plan', typical.name]);
    expect(state.plans.value[0]).toEqual(mine);
    expect(state.current.value.id).toBe(typical.id);
  });

  test('adds every plan, in order, and makes the one the student worked on current', () => {
    const state = make();
    state.create('Mine');
    const plans = [person(1), person(2), person(3)];
    const result = addHandedPlans(state, { plans, currentId: 'person-2' }, ' (copy)');
    expect(result?.added).toEqual(plans);
    expect(names(state)).toEqual([
      'My first conversation',
      'Mine',
      'Person 1',
      'Person 2',
      'Person 3',
    ]);
    expect(state.current.value.id).toBe('person-2');
  });

  test('takes the place of an untouched default plan only', () => {
    const state = make();
    addHandedPlans(state, one(typical), ' (copy)');
    expect(state.plans.value).toEqual([typical]);
  });

  test('adds a plan the student already has in another version as a copy, leaving theirs as it is', () => {
    const state = make();
    addHandedPlans(state, one(typical), ' (copy)');
    const changed = {
      ...typical,
      updatedAt: '2026-03-05T00:00:00.000Z',
      checklist: { ...typical.checklist, notes: 'Newer notes' },
    };
    const result = addHandedPlans(
      state,
      one(changed),
      ' (copy)',
      new Date('2026-04-02T00:00:00Z'),
      () => 'new-id',
    );
    expect(result?.added).toMatchObject([{ id: 'new-id', name: `${typical.name} (copy)` }]);
    expect(result?.currentId).toBe('new-id');
    expect(state.plans.value.map((p) => p.id)).toEqual([typical.id, 'new-id']);
    expect(state.plans.value[0]).toEqual(typical);
    expect(state.plans.value[1].checklist.notes).toBe('Newer notes');
  });

  test('does not add again a plan the student has as it is, and keeps theirs current', () => {
    // Handed over twice: the second time only the plan changed since comes, as a copy.
    const state = make();
    const plans = [person(1), person(2), person(3)];
    addHandedPlans(state, { plans, currentId: 'person-1' }, ' (copy)');
    const again = [person(1), { ...person(2), updatedAt: '2026-03-31T00:00:00.000Z' }, person(3)];
    const result = addHandedPlans(
      state,
      { plans: again, currentId: 'person-3' },
      ' (copy)',
      new Date('2026-04-02T00:00:00Z'),
      () => 'copy-2',
    );
    expect(result?.added.map((p) => p.name)).toEqual(['Person 2 (copy)']);
    expect(names(state)).toEqual(['Person 1', 'Person 2', 'Person 3', 'Person 2 (copy)']);
    expect(result?.currentId).toBe('person-3');
    expect(state.current.value.id).toBe('person-3');
  });

  test('takes a plan listed twice once', () => {
    const state = make();
    const result = addHandedPlans(
      state,
      { plans: [person(1), person(1)], currentId: 'person-1' },
      ' (copy)',
    );
    expect(result?.added).toEqual([person(1)]);
    expect(names(state)).toEqual(['Person 1']);
  });

  test('changes nothing when storage has no room', () => {
    const storage = new FakeStorage();
    const state = make(storage);
    state.create('Mine');
    const before = state.plans.value;
    storage.quota = 10;
    expect(addHandedPlans(state, one(typical), ' (copy)')).toBeNull();
    expect(state.plans.value).toBe(before);
  });

  test('copyName keeps a copy’s name within the name limit', () => {
    const long = 'n'.repeat(textLimits.planName);
    expect(copyName(long, ' (copy)')).toHaveLength(textLimits.planName);
    expect(copyName(long, ' (copy)').endsWith(' (copy)')).toBe(true);
  });
});
