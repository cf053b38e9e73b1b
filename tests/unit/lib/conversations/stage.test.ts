import { afterEach, describe, expect, test } from 'vitest';
import type { Plan } from '../../../../src/lib/plans/plan';
import { entry, noon, planWith } from '../../../support/conversations';
import { conversationStatus } from '../../../../src/lib/conversations/stage';
import { sortedLog } from '../../../../src/lib/conversations/entries';
import { doneEntry } from '../../../../src/lib/conversations/actions.lazy';
import { preparedKey } from '../../../../src/lib/conversations/stage';
import { keepInTouchAfterDays, nudgeAfterDays } from '../../../../src/lib/outreach/followup';
import { addDays } from '../../../../src/lib/shared/dates';

const status = (plan: Plan, day = '2026-12-01') => conversationStatus(plan, noon(day));

const originalTz = process.env.TZ;
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe('conversationStatus', () => {
  test('a new person is to contact, with writing to them due a week after adding them', () => {
    const s = status(planWith([]));
    expect(s.stage).toBe('to-contact');
    expect(s.last).toBeNull();
    expect(s.next).toMatchObject({ kind: 'ask', key: 'ask', due: '2026-11-08' });
  });

  test(`a request with no reply gets one nudge ${nudgeAfterDays} days later`, () => {
    const s = status(planWith([entry('asked', '2026-11-20')]));
    expect(s.stage).toBe('asked');
    expect(s.next).toMatchObject({ kind: 'nudge', due: addDays('2026-11-20', nudgeAfterDays) });
  });

  const nudgedLog = [entry('asked', '2026-11-01'), entry('nudged', '2026-11-09')];

  test('after the nudge, a week more with no reply suggests closing as no reply, never a second nudge', () => {
    const s = status(planWith(nudgedLog));
    expect(s.stage).toBe('nudged');
    expect(s.next).toMatchObject({ kind: 'close-no-reply', due: '2026-11-16' });
    // Long after, still no second nudge.
    expect(status(planWith(nudgedLog), '2027-02-01').next?.kind).toBe('close-no-reply');
  });

  test('a reply after the nudge asks for a time, within two days of the reply', () => {
    const s = status(planWith([...nudgedLog, entry('replied', '2026-11-11')]));
    expect(s.stage).toBe('nudged');
    expect(s.next).toMatchObject({ kind: 'schedule', due: '2026-11-13' });
  });

  test('a reply before any nudge also asks for a time, and no nudge is suggested', () => {
    const s = status(planWith([entry('asked', '2026-11-01'), entry('replied', '2026-11-03')]));
    expect(s.next).toMatchObject({ kind: 'schedule', due: '2026-11-05' });
  });

  test('scheduled: before the agreed time the next step is getting ready, on that day', () => {
    const meetingAt = '2026-12-03T15:00:00-05:00';
    const s = status(
      planWith([entry('asked', '2026-11-20'), entry('scheduled', '2026-11-22', { meetingAt })]),
    );
    expect(s.stage).toBe('scheduled');
    expect(s.next).toMatchObject({ kind: 'prepare', at: meetingAt, key: preparedKey(meetingAt) });
    expect(s.meetingAt).toBe(meetingAt);
  });

  test('a meeting moved: the later scheduled entry wins, whatever order they were typed in', () => {
    const first = entry('scheduled', '2026-11-22', { meetingAt: '2026-12-03T15:00:00Z' });
    const moved = entry('scheduled', '2026-11-25', { meetingAt: '2026-12-10T15:00:00Z' });
    expect(status(planWith([first, moved])).next?.at).toBe('2026-12-10T15:00:00Z');
    expect(status(planWith([moved, first])).next?.at).toBe('2026-12-10T15:00:00Z');
  });

  test('dates typed out of order are read in date order', () => {
    const log = [
      entry('talked', '2026-11-28'),
      entry('asked', '2026-11-10'),
      entry('replied', '2026-11-12'),
    ];
    const s = status(planWith(log));
    expect(s.stage).toBe('talked');
    expect(s.last?.kind).toBe('talked');
    expect(sortedLog(log).map((e) => e.kind)).toEqual(['asked', 'replied', 'talked']);
  });

  test('a nudge and a reply on one day: the nudge first, since nobody nudges after an answer', () => {
    const log = [
      entry('replied', '2026-11-09'),
      entry('nudged', '2026-11-09'),
      entry('asked', '2026-11-02'),
    ];
    expect(sortedLog(log).map((e) => e.kind)).toEqual(['asked', 'nudged', 'replied']);
    expect(status(planWith(log)).next?.kind).toBe('schedule');
  });

  test('two entries on one day go in the order a conversation goes, not the order typed', () => {
    const s = status(planWith([entry('replied', '2026-11-10'), entry('asked', '2026-11-10')]));
    expect(s.next?.kind).toBe('schedule');
  });

  test('talked at a time: the thank-you is due within 24 hours, on the local calendar', () => {
    process.env.TZ = 'America/New_York';
    // 9 pm in New York: 24 hours later is the next evening, the 29th locally (the 30th in UTC).
    const s = conversationStatus(
      planWith([entry('talked', '2026-11-28T21:00:00-05:00')]),
      noon('2026-11-28'),
    );
    expect(s.next).toMatchObject({ kind: 'thank', key: 'thank', due: '2026-11-29' });
  });

  test('time zones: a meeting given with an offset is due on the local day it happens there', () => {
    const meetingAt = '2026-12-04T01:30:00Z';
    const plan = planWith([entry('scheduled', '2026-11-20', { meetingAt })]);
    process.env.TZ = 'America/Los_Angeles';
    expect(conversationStatus(plan, noon('2026-12-01')).next?.due).toBe('2026-12-03');
    process.env.TZ = 'Asia/Tokyo';
    expect(conversationStatus(plan, noon('2026-12-01')).next?.due).toBe('2026-12-04');
  });

  test('time zones: an instant and a calendar date on the same local day sort by the instant', () => {
    process.env.TZ = 'Asia/Tokyo';
    // 23:30 UTC on the 9th is the 10th in Tokyo, after the request typed as the 10th.
    const log = [entry('replied', '2026-11-09T23:30:00Z'), entry('asked', '2026-11-09')];
    expect(sortedLog(log).map((e) => e.kind)).toEqual(['asked', 'replied']);
  });

  test('talked on a date: the thank-you is due the next day', () => {
    expect(status(planWith([entry('talked', '2026-11-28')])).next?.due).toBe('2026-11-29');
  });

  test('thanked: a keep-in-touch update is due every few months after the last contact', () => {
    const log = [entry('talked', '2026-11-28'), entry('thanked', '2026-11-29')];
    const s = status(planWith(log));
    expect(s.stage).toBe('thanked');
    const due = addDays('2026-11-29', keepInTouchAfterDays);
    expect(s.next).toEqual({ kind: 'update', key: `update:${due}`, due, at: null });
    const later = status(planWith([...log, entry('update-sent', '2027-03-01')]));
    expect(later.stage).toBe('keeping-in-touch');
    expect(later.next?.due).toBe(addDays('2027-03-01', keepInTouchAfterDays));
  });

  test('a referral: tell the referrer within a week of talking, after the thank-you', () => {
    const log = [entry('talked', '2026-11-28'), entry('thanked', '2026-11-29')];
    const referral = { person: { connection: 'referral' as const, referrer: 'Sam Lee' } };
    expect(status(planWith(log, referral)).next).toMatchObject({
      kind: 'tell-referrer',
      due: '2026-12-05',
    });
    const told = [...log, entry('referrer-told', '2026-11-30')];
    expect(status(planWith(told, referral)).next?.kind).toBe('update');
  });

  test('no referrer step without a referrer named, or without a referral connection', () => {
    const log = [entry('talked', '2026-11-28'), entry('thanked', '2026-11-29')];
    expect(
      status(planWith(log, { person: { connection: 'referral', referrer: ' ' } })).next?.kind,
    ).toBe('update');
    expect(
      status(planWith(log, { person: { connection: 'school', referrer: 'Sam Lee' } })).next?.kind,
    ).toBe('update');
  });

  test('closed: kept apart with no next step, for each reason', () => {
    for (const [reason, stage] of [
      ['no-reply', 'closed-no-reply'],
      ['declined', 'closed-declined'],
      ['paused', 'paused'],
    ] as const) {
      const s = status(
        planWith([entry('asked', '2026-11-01'), entry('closed', '2026-11-20', { reason })]),
      );
      expect(s.stage).toBe(stage);
      expect(s.next).toBeNull();
    }
  });

  test('reopened: back to where it was', () => {
    const s = status(
      planWith([
        entry('asked', '2026-11-01'),
        entry('nudged', '2026-11-09'),
        entry('closed', '2026-11-20', { reason: 'no-reply' }),
        entry('reopened', '2026-11-25'),
      ]),
    );
    expect(s.stage).toBe('nudged');
    expect(s.next?.kind).toBe('close-no-reply');
  });

  test('a late reply to a plan closed as no reply opens it again and asks for a time', () => {
    const closed = [
      entry('asked', '2026-11-01'),
      entry('closed', '2026-11-20', { reason: 'no-reply' }),
    ];
    expect(status(planWith([...closed, entry('replied', '2026-11-24')])).next).toMatchObject({
      kind: 'schedule',
      due: '2026-11-26',
    });
    const s = status(
      planWith([
        entry('asked', '2026-11-01'),
        entry('closed', '2026-11-20', { reason: 'no-reply' }),
        entry('reopened', '2026-11-25'),
        entry('replied', '2026-11-25'),
      ]),
    );
    expect(s.next).toMatchObject({ kind: 'schedule', due: '2026-11-27' });
  });

  test('a snooze pushes the due date, but never earlier than it was', () => {
    const log = [entry('asked', '2026-11-20')];
    expect(status(planWith(log, { snoozed: { nudge: '2026-11-30' } })).next?.due).toBe(
      '2026-11-30',
    );
    expect(status(planWith(log, { snoozed: { nudge: '2026-11-22' } })).next?.due).toBe(
      '2026-11-27',
    );
    // A snooze of another step changes nothing.
    expect(status(planWith(log, { snoozed: { thank: '2026-12-30' } })).next?.due).toBe(
      '2026-11-27',
    );
  });

  test('entries with dates that cannot be read are left out', () => {
    const s = status(planWith([entry('asked', '2026-11-20'), entry('talked', 'last Tuesday')]));
    expect(s.stage).toBe('asked');
  });
});

describe('the conversation in two steps', () => {
  const meetingAt = '2026-12-03T15:00:00.000Z';
  const booked = (more: Parameters<typeof planWith>[0] = []) =>
    planWith([
      entry('asked', '2026-11-20'),
      entry('scheduled', '2026-11-22', { meetingAt }),
      ...more,
    ]);
  const at = (iso: string, plan = booked()) => conversationStatus(plan, new Date(iso));

  test('getting ready records nothing: marking it done leaves the talk to come', () => {
    const plan = booked();
    const before = at('2026-12-03T10:00:00.000Z', plan);
    expect(before.next?.kind).toBe('prepare');
    // Today's "Mark done" on a preparation step writes no log entry…
    expect(doneEntry(before.next!, new Date('2026-12-03T10:00:00.000Z'))).toBeNull();
    // …and "I'm ready" (the step's key kept under snoozed) shows the talk still to come.
    const ready = {
      ...plan,
      conversation: { ...plan.conversation, snoozed: { [before.next!.key]: '2026-12-03' } },
    };
    expect(at('2026-12-03T10:00:00.000Z', ready)).toMatchObject({
      stage: 'scheduled',
      next: { kind: 'talk', at: meetingAt },
    });
  });

  test('once the agreed time and its length are over, it asks whether the talk happened', () => {
    // 20 minutes asked for: still on at 15:10, over at 15:20.
    expect(at('2026-12-03T15:10:00.000Z').next?.kind).toBe('prepare');
    expect(at('2026-12-03T15:20:00.000Z').next).toMatchObject({
      kind: 'confirm',
      at: meetingAt,
      due: '2026-12-03',
    });
    // The next day it still asks, instead of "prepare" being overdue.
    expect(at('2026-12-04T09:00:00.000Z').next?.kind).toBe('confirm');
  });

  test('"yes" logs the talk at the agreed time, and the thank-you is due within a day of it', () => {
    const plan = booked();
    const asked = at('2026-12-04T09:00:00.000Z', plan);
    const yes = doneEntry(asked.next!, new Date('2026-12-04T09:00:00.000Z'));
    expect(yes).toEqual({ kind: 'talked', at: meetingAt });
    const after = at('2026-12-04T09:00:00.000Z', booked([entry('talked', meetingAt)]));
    expect(after).toMatchObject({
      stage: 'talked',
      talkedAt: meetingAt,
      next: { kind: 'thank', due: '2026-12-04' },
    });
  });

  test('a new time ("it moved") asks to get ready again, for the new time', () => {
    const moved = '2026-12-10T15:00:00.000Z';
    const plan = booked([entry('scheduled', '2026-12-04T09:00:00.000Z', { meetingAt: moved })]);
    expect(at('2026-12-04T10:00:00.000Z', plan).next).toMatchObject({ kind: 'prepare', at: moved });
  });
});

describe('older plans', () => {
  test('the outreach dates of a plan saved before the log are log entries once migrated', async () => {
    const { foldOutreachDates } = await import('../../../../src/lib/plans/migrate.lazy');
    const { planSchema } = await import('../../../../src/lib/plans/plan');
    const raw = {
      id: 'p1',
      name: 'Kai',
      createdAt: '2026-11-01T10:00:00.000Z',
      updatedAt: '2026-11-20T10:00:00.000Z',
      outreach: { sentAt: '2026-11-20', meetingAt: meetingAt2, channel: 'email' },
    };
    const plan = planSchema.parse(foldOutreachDates(raw));
    expect(plan.conversation.log.map((e) => [e.kind, e.at, e.channel])).toEqual([
      ['asked', '2026-11-20', 'email'],
      ['scheduled', '2026-11-20', ''],
    ]);
    expect(status(plan).next).toMatchObject({ kind: 'prepare', at: meetingAt2 });
    expect('sentAt' in plan.outreach).toBe(false);
  });

  test('a plan that already has a log keeps it as the record', async () => {
    const { foldOutreachDates } = await import('../../../../src/lib/plans/migrate.lazy');
    const raw = planWith([entry('talked', '2026-11-28')]);
    const folded = foldOutreachDates({
      ...raw,
      outreach: { ...raw.outreach, sentAt: '2026-11-20' },
    }) as Plan;
    expect(folded.conversation.log.map((e) => e.kind)).toEqual(['talked']);
  });
});

const meetingAt2 = '2026-12-03T15:00:00.000Z';
