import { describe, expect, test } from 'vitest';
import { createOutreachState } from '../../../../src/lib/outreach/state';
import { createOutreachDates, followUps } from '../../../../src/lib/outreach/dates';
import { createPlansState } from '../../../../src/lib/plans/state';
import { conversationStatus } from '../../../../src/lib/conversations/stage';
import { reminders } from '../../../../src/lib/strings/outreach';
import { entry, planWith } from '../../../support/conversations';
import { outreachData } from '../../../support/outreach-data';

function setup(clock = () => new Date(2026, 11, 2, 12)) {
  const plans = createPlansState({ storage: null });
  const s = createOutreachState(plans, outreachData());
  return { plans, s, d: createOutreachDates(plans, s.template, clock) };
}
const datesOf = (log: Parameters<typeof planWith>[0], now: Date) =>
  followUps(conversationStatus(planWith(log), now));

describe('followUps', () => {
  test('nothing is due before anything is sent or booked', () => {
    expect(datesOf([], new Date(2026, 11, 1))).toEqual({
      sentOn: null,
      nudge: null,
      closeBy: null,
      thanksFrom: null,
      thanksBy: null,
      keepInTouch: null,
    });
  });

  test('one nudge a week after sending, only while there is no reply', () => {
    expect(datesOf([entry('asked', '2026-12-28')], new Date(2026, 11, 29)).nudge).toBe(
      '2027-01-04',
    );
    expect(
      datesOf(
        [entry('asked', '2026-12-28'), entry('replied', '2026-12-29')],
        new Date(2026, 11, 30),
      ).nudge,
    ).toBeNull();
  });

  test('after the nudge, the day to close it as no reply, as Today gives it; a reply clears it', () => {
    const nudged = [entry('asked', '2026-12-07'), entry('nudged', '2026-12-14')];
    expect(datesOf(nudged, new Date(2026, 11, 15))).toMatchObject({
      sentOn: '2026-12-07',
      nudge: null,
      closeBy: '2026-12-21',
    });
    expect(
      datesOf([...nudged, entry('replied', '2026-12-16')], new Date(2026, 11, 16)).closeBy,
    ).toBeNull();
  });

  test('a logged reply, meeting and thank-you leave no nudge and no thank-you to send', () => {
    const log = [
      entry('asked', '2026-12-01'),
      entry('replied', '2026-12-03'),
      entry('scheduled', '2026-12-03', { meetingAt: '2026-12-10T15:00:00.000Z' }),
      entry('talked', '2026-12-10T15:00:00.000Z'),
      entry('thanked', '2026-12-10'),
    ];
    const dates = datesOf(log, new Date(2026, 11, 14));
    expect(dates).toMatchObject({ sentOn: '2026-12-01', nudge: null, thanksBy: null });
    expect(dates.keepInTouch).toBe('2027-03-10');
  });

  test('the update comes a few months after the thank-you, the same day before and after it is sent on time', () => {
    const talked = [
      entry('asked', '2026-12-07'),
      entry('scheduled', '2026-12-09', { meetingAt: new Date(2026, 11, 11, 15).toISOString() }),
      entry('talked', new Date(2026, 11, 11, 15).toISOString()),
    ];
    const before = datesOf(talked, new Date(2026, 11, 11, 16));
    const after = datesOf([...talked, entry('thanked', '2026-12-12')], new Date(2026, 11, 12, 9));
    expect(before.keepInTouch).toBe('2027-03-12');
    expect(after.keepInTouch).toBe('2027-03-12');
    // With someone who referred you still to tell, from the day the thank-you went.
    const referred = planWith([...talked, entry('thanked', '2026-12-14')], {
      person: { connection: 'referral', referrer: 'Dana' },
    });
    const status = conversationStatus(referred, new Date(2026, 11, 14, 9));
    expect(status.next?.kind).toBe('tell-referrer');
    expect(followUps(status, 20).keepInTouch).toBe('2027-03-14');
  });

  test('a thank-you from the end of the conversation, due within 24 hours', () => {
    const plan = planWith([
      entry('scheduled', '2026-11-30', { meetingAt: '2026-12-03T14:00:00.000Z' }),
    ]);
    const dates = followUps(conversationStatus(plan, new Date('2026-12-01T10:00:00Z')), 30);
    expect((dates.thanksFrom as Date).toISOString()).toBe('2026-12-03T14:30:00.000Z');
    expect((dates.thanksBy as Date).toISOString()).toBe('2026-12-04T14:00:00.000Z');
  });

  test('a closed plan has nothing left to do', () => {
    const log = [entry('asked', '2026-12-01'), entry('closed', '2026-12-02', { reason: 'paused' })];
    expect(datesOf(log, new Date(2026, 11, 3))).toMatchObject({ nudge: null, keepInTouch: null });
  });
});

describe('createOutreachDates', () => {
  test("marking as sent logs the request today (the tool's channel) and the nudge a week later; undo takes it out", () => {
    const { d, plans } = setup();
    d.markSent(true, new Date(2026, 11, 1, 23, 30));
    expect(plans.current.value.conversation.log).toMatchObject([
      { kind: 'asked', at: '2026-12-01', channel: 'email' },
    ]);
    expect(d.dates.value).toMatchObject({ sentOn: '2026-12-01', nudge: '2026-12-08' });
    d.markSent(false);
    expect(plans.current.value.conversation.log).toEqual([]);
    expect(d.dates.value.nudge).toBeNull();
  });

  test('the request logged on the conversations page shows as sent here too', () => {
    const { d, plans } = setup();
    plans.updateSection('conversation', (c) => ({ ...c, log: [entry('asked', '2026-11-30')] }));
    expect(d.sent.value?.at).toBe('2026-11-30');
    expect(d.dates.value.nudge).toBe('2026-12-07');
    // "Mark as not sent" takes back whichever entry says so.
    d.markSent(false);
    expect(plans.current.value.conversation.log).toEqual([]);
  });

  test('with the referrer still to tell, the update is projected from the last thank-you or update, as Today will count it', () => {
    const { d, plans } = setup(() => new Date(2027, 0, 25, 9));
    plans.updatePerson({ connection: 'referral', referrer: 'Dana' });
    const log = [
      entry('asked', '2026-12-07'),
      entry('talked', '2026-12-11'),
      entry('thanked', '2026-12-12'),
      // An update before the referrer was told starts the next wait.
      entry('update-sent', '2027-01-20'),
    ];
    plans.updateSection('conversation', (c) => ({ ...c, log }));
    expect(d.status.value.next?.kind).toBe('tell-referrer');
    const told = conversationStatus(
      planWith([...log, entry('referrer-told', '2027-01-25')], {
        person: { connection: 'referral', referrer: 'Dana' },
      }),
      new Date(2027, 0, 25, 9),
    );
    expect(told.next).toMatchObject({ kind: 'update', due: '2027-04-20' });
    expect(d.dates.value.keepInTouch).toBe(told.next?.due);
  });

  test('the thank-you message marks the thank-you sent in the log', () => {
    const { s, d, plans } = setup(() => new Date('2026-12-04T12:00:00Z'));
    plans.updateSection('conversation', (c) => ({
      ...c,
      log: [entry('asked', '2026-12-01'), entry('talked', '2026-12-03T15:00:00.000Z')],
    }));
    s.openMessage('thank-you');
    expect(d.sent.value).toBeUndefined();
    expect(d.dates.value.thanksBy).not.toBeNull();
    d.markSent(true, new Date('2026-12-04T12:00:00Z'));
    expect(plans.current.value.conversation.log.at(-1)).toMatchObject({
      kind: 'thanked',
      channel: '',
    });
    expect(d.status.value.stage).toBe('thanked');
    expect(d.dates.value.thanksBy).toBeNull();
  });

  test('a meeting time is a scheduled entry; a new time moves it; clearing takes it back', () => {
    const { d, plans } = setup();
    d.markSent(true, new Date(2026, 11, 1, 9));
    d.setMeeting('2026-12-03T14:00', new Date(2026, 11, 2, 10));
    expect(d.status.value).toMatchObject({
      stage: 'scheduled',
      meetingAt: new Date('2026-12-03T14:00').toISOString(),
    });
    d.setMeeting('2026-12-05T09:30', new Date(2026, 11, 2, 11));
    expect(d.status.value.meetingAt).toBe(new Date('2026-12-05T09:30').toISOString());
    expect(plans.current.value.conversation.log.map((e) => e.kind)).toEqual(['asked', 'scheduled']);
    d.setMeeting('');
    expect(d.status.value.stage).toBe('asked');
    d.setMeeting('not a date');
    expect(d.status.value.stage).toBe('asked');
  });

  test('the calendar file holds the reminders still to come, and no nudge once they replied', async () => {
    const { d, plans } = setup();
    expect(await d.calendar(reminders, 'example.org')).toBeNull();
    d.markSent(true, new Date(2026, 11, 1, 9));
    expect(await d.calendar(reminders, 'example.org')).toContain('SUMMARY:Nudge your contact');
    d.setMeeting('2026-12-03T14:00', new Date(2026, 11, 2, 10));
    const ics = await d.calendar(reminders, 'example.org', new Date(Date.UTC(2026, 10, 25)));
    expect(ics).toContain('SUMMARY:Send a thank-you note to your contact');
    expect(ics).toContain(`UID:${plans.current.value.id}-thanks@example.org`);
    expect(ics).not.toContain('Nudge');
  });
});
