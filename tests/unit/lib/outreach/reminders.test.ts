import { describe, expect, test } from 'vitest';
import { followUps } from '../../../../src/lib/outreach/dates';
import { conversationStatus } from '../../../../src/lib/conversations/stage';
import type { Plan } from '../../../../src/lib/plans/plan';
import { entry, planWith } from '../../../support/conversations';
import { reminderEvents } from '../../../../src/lib/outreach/reminders.lazy';
import { reminders } from '../../../../src/lib/strings/outreach';

/** The reminders for a plan with Ana, from its follow-up dates on the day `now`. */
const remindersOn = (plan: Plan, now: Date) =>
  reminderEvents(followUps(conversationStatus(plan, now)), reminders, {
    planId: 'p1',
    name: 'Ana',
    host: 'example.org',
  });

describe('reminderEvents', () => {
  test('makes one reminder per known date, with stable ids and the name filled in', () => {
    const events = remindersOn(planWith([entry('asked', '2026-12-01')]), new Date(2026, 11, 2));
    expect(events).toEqual([
      expect.objectContaining({
        uid: 'p1-nudge@example.org',
        date: '2026-12-08',
        summary: 'Nudge Ana if there is no reply',
      }),
    ]);
    const booked = planWith([
      entry('scheduled', '2026-12-01', { meetingAt: '2026-12-03T14:00:00.000Z' }),
    ]);
    const after = remindersOn(booked, new Date(2026, 11, 2));
    expect(after.map((e) => e.uid)).toEqual(['p1-thanks@example.org', 'p1-update@example.org']);
    expect(after[0].start?.toISOString()).toBe('2026-12-03T14:20:00.000Z');
    // The day of a talk logged without its time: the thank-you reminder is on that day.
    const held = planWith([entry('talked', '2026-12-03')]);
    const byDay = remindersOn(held, new Date(2026, 11, 3));
    expect(byDay[0]).toMatchObject({ uid: 'p1-thanks@example.org', date: '2026-12-03' });
  });

  test('a week after the nudge with no reply, a reminder to close the request', () => {
    const plan = planWith([entry('asked', '2026-12-07'), entry('nudged', '2026-12-14')]);
    expect(remindersOn(plan, new Date(2026, 11, 15))).toEqual([
      expect.objectContaining({
        uid: 'p1-close@example.org',
        date: '2026-12-21',
        summary: 'Close your request to Ana if there is still no reply',
      }),
    ]);
  });
});
