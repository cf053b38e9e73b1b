// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { planSchema, textLimits, type Plan } from '../../../../src/lib/plans/plan';
import { createPlansState } from '../../../../src/lib/plans/state';
import {
  addHandedPlan,
  copyName,
  decodePlan,
  encodePlan,
  handoffUrl,
  handoffUrlMax,
  planContents,
} from '../../../../src/lib/plans/handoff.lazy';
import { bytesToBase64Url } from '../../../../src/lib/shared/base64url';
import { deflateText } from '../../../../src/lib/shared/compress';
import { fragmentParam, planFragmentKey } from '../../../../src/lib/shared/fragment';
import { handoffOfferText } from '../../../../src/lib/strings/handoff';
import { FakeStorage } from '../../../support/storage';

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

describe('handoffUrl and decodePlan', () => {
  test('round-trip a plan through the address fragment, every field kept', async () => {
    const result = await handoffUrl(page, typical);
    if (!result.ok) throw new Error('a typical plan fits');
    const url = new URL(result.url);
    expect(url.origin + url.pathname).toBe(page);
    const fragment = fragmentParam(url.hash, planFragmentKey);
    expect(fragment).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await decodePlan(fragment!)).toEqual({ ok: true, plan: typical });
  });

  test('carry the plan only in the fragment, which the browser never sends', async () => {
    const result = await handoffUrl(`${page}?org=Riverside`, typical);
    if (!result.ok) throw new Error('a typical plan fits');
    const url = new URL(result.url);
    expect(url.search).toBe('?org=Riverside');
    expect(url.hash.startsWith(`#${planFragmentKey}=`)).toBe(true);
  });

  test('compress: a typical plan takes well under a quarter of the limit', async () => {
    const json = JSON.stringify(typical).length;
    const result = await handoffUrl(page, typical);
    if (!result.ok) throw new Error('a typical plan fits');
    expect(result.url.length).toBeLessThan(handoffUrlMax / 4);
    expect(result.url.length).toBeLessThan(json);
  });

  test('refuse a plan whose link would be over the limit, and say how long it would be', async () => {
    const big = { ...typical, checklist: { ...typical.checklist, notes: noise(9000) } };
    const result = await handoffUrl(page, big);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.length).toBeGreaterThan(handoffUrlMax);
  });

  test('take a plan right up to the limit', async () => {
    // Grow the notes until the link is as long as it may be, then one step more.
    let n = 4000;
    let last: Awaited<ReturnType<typeof handoffUrl>> | undefined;
    for (; n < 9000; n += 50) {
      const r = await handoffUrl(page, {
        ...typical,
        checklist: { ...typical.checklist, notes: noise(n) },
      });
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
    expect(await decodePlan(bad)).toEqual({ ok: false, error: 'damaged' });
  });

  test('call a code cut short when copied damaged', async () => {
    const whole = await encodePlan(typical);
    expect(await decodePlan(whole.slice(0, Math.floor(whole.length / 2)))).toEqual({
      ok: false,
      error: 'damaged',
    });
  });

  test('call compressed text that is not JSON damaged', async () => {
    expect(await decodePlan(bytesToBase64Url(await deflateText('{"v":1,"plan":')))).toEqual({
      ok: false,
      error: 'damaged',
    });
  });

  test('stop inflating a small code that would expand past 1 MB', async () => {
    const bomb = await code({ v: 1, plan: { ...typical, name: ' '.repeat(2 * 1024 * 1024) } });
    expect(bomb.length).toBeLessThan(handoffUrlMax);
    // Compared as a word: a 2 MB plan, were it decoded, would make a diff too large to print.
    const result = await decodePlan(bomb);
    expect(result.ok ? 'decoded' : result.error).toBe('damaged');
  });

  test.each([
    ['JSON that is not a plan', { v: 1, plan: { hello: 'world' } }],
    ['a plan with a wrong field type', { v: 1, plan: { ...typical, person: { name: 42 } } }],
    ['a plan from a newer format', { v: 2, plan: typical }],
    ['no plan at all', [1, 2, 3]],
    ['null', null],
  ])('refuse %s', async (_, value) => {
    expect(await decodePlan(await code(value))).toEqual({ ok: false, error: 'not-a-plan' });
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
    const result = await decodePlan(await code({ v: 1, plan: old }));
    if (!result.ok) throw new Error('an older plan still decodes');
    expect(result.plan.conversation.log).toEqual([
      {
        id: 'outreach:sent',
        kind: 'asked',
        at: '2026-03-02',
        channel: 'email',
        meetingAt: null,
        reason: null,
        note: '',
      },
      {
        id: 'outreach:meeting',
        kind: 'scheduled',
        at: '2026-03-02',
        channel: '',
        meetingAt: '2026-03-09T15:00',
        reason: null,
        note: '',
      },
    ]);
    expect(result.plan.outreach).not.toHaveProperty('sentAt');
    expect(result.plan.outreach.senderName).toBe('Sam Lee');
    expect(handoffOfferText.sections(planContents(result.plan))).toContain(
      'Outreach: your details, 1 edited message, sent March 2, 2026, conversation March 9, 2026',
    );
  });

  test('refuse a plan with a field longer than its form allows', async () => {
    const long = { ...typical, name: 'x'.repeat(textLimits.planName + 1) };
    expect(await decodePlan(await code({ v: 1, plan: long }))).toEqual({
      ok: false,
      error: 'too-long',
    });
  });
});

describe('planContents', () => {
  test('names the person and the sections that have content', () => {
    const c = planContents(typical);
    expect(c.person).toEqual(['Dana Ortiz', 'UX researcher', 'Northwind']);
    expect(handoffOfferText.sections(c)).toEqual([
      'Checklist: 4 steps ticked, 1 own step, notes',
      'Questions: 10 questions, 3 with answer notes',
      'Outreach: your details, 1 edited message, sent March 2, 2026, conversation March 9, 2026',
    ]);
  });

  test('takes the outreach dates from the log: the first request and the latest meeting time', () => {
    const moved = {
      ...typical,
      outreach: { ...typical.outreach, interest: '', ownDetails: false, toEmail: '', drafts: {} },
      conversation: {
        ...typical.conversation,
        log: [
          ...typical.conversation.log,
          { ...typical.conversation.log[0], id: 'n1', kind: 'nudged' as const, at: '2026-03-10' },
          {
            ...typical.conversation.log[2],
            id: 'l4',
            at: '2026-03-08',
            meetingAt: '2026-03-16T11:00:00-05:00',
          },
        ],
      },
    };
    expect(handoffOfferText.sections(planContents(moved))).toEqual([
      'Checklist: 4 steps ticked, 1 own step, notes',
      'Questions: 10 questions, 3 with answer notes',
      'Outreach: sent March 2, 2026, conversation March 16, 2026',
    ]);
    const unsent = { ...moved, conversation: { ...moved.conversation, log: [] } };
    expect(planContents(unsent).outreach).toBeNull();
  });

  test('lists nothing for an empty plan', () => {
    const empty = planSchema.parse({ id: 'e', name: 'Empty', createdAt: '', updatedAt: '' });
    const c = planContents(empty);
    expect(c.person).toEqual([]);
    expect(handoffOfferText.sections(c)).toEqual([]);
  });
});

describe('addHandedPlan', () => {
  let tick = 0;
  const now = () => new Date(Date.UTC(2026, 3, 1, 12, 0, tick++));
  const make = (storage = new FakeStorage()) =>
    createPlansState({ storage, now, persist: () => {} });

  test('adds the plan beside the student’s own and makes it current, replacing nothing', () => {
    const state = make();
    state.updatePerson({ name: 'Alex' });
    const mine = state.current.value;
    state.create('My own plan');
    const added = addHandedPlan(state, typical, ' (copy)');
    expect(added).toEqual(typical);
    expect(state.plans.value.map((p) => p.name)).toEqual([mine.name, 'My own plan', typical.name]);
    expect(state.plans.value[0]).toEqual(mine);
    expect(state.current.value.id).toBe(typical.id);
  });

  test('takes the place of an untouched default plan only', () => {
    const state = make();
    addHandedPlan(state, typical, ' (copy)');
    expect(state.plans.value).toEqual([typical]);
  });

  test('adds a plan the student already has as a copy, leaving theirs as it is', () => {
    const state = make();
    addHandedPlan(state, typical, ' (copy)');
    const changed = { ...typical, checklist: { ...typical.checklist, notes: 'Newer notes' } };
    const copy = addHandedPlan(
      state,
      changed,
      ' (copy)',
      new Date('2026-04-02T00:00:00Z'),
      () => 'new-id',
    );
    expect(copy).toMatchObject({ id: 'new-id', name: `${typical.name} (copy)` });
    expect(state.plans.value.map((p) => p.id)).toEqual([typical.id, 'new-id']);
    expect(state.plans.value[0]).toEqual(typical);
    expect(state.plans.value[1].checklist.notes).toBe('Newer notes');
  });

  test('changes nothing when storage has no room', () => {
    const storage = new FakeStorage();
    const state = make(storage);
    state.create('Mine');
    const before = state.plans.value;
    storage.quota = 10;
    expect(addHandedPlan(state, typical, ' (copy)')).toBeNull();
    expect(state.plans.value).toBe(before);
  });

  test('copyName keeps a copy’s name within the name limit', () => {
    const long = 'n'.repeat(textLimits.planName);
    expect(copyName(long, ' (copy)')).toHaveLength(textLimits.planName);
    expect(copyName(long, ' (copy)').endsWith(' (copy)')).toBe(true);
  });
});
