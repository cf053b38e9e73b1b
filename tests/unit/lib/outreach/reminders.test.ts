import { describe, expect, test } from 'vitest';
import { followUps } from '../../../../src/lib/outreach/followup';
import { reminderEvents } from '../../../../src/lib/outreach/reminders';
import { reminders } from '../../../../src/lib/strings/outreach';

describe('reminderEvents', () => {
  test('makes one reminder per known date, with stable ids and the name filled in', () => {
    const dates = followUps({ sentAt: '2026-12-01' });
    const events = reminderEvents(dates, reminders, {
      planId: 'p1',
      name: 'Ana',
      host: 'example.org',
    });
    expect(events).toEqual([
      expect.objectContaining({
        uid: 'p1-nudge@example.org',
        date: '2026-12-08',
        summary: 'Nudge Ana if there is no reply',
      }),
    ]);
    const after = reminderEvents(followUps({ meetingAt: '2026-12-03T14:00:00.000Z' }), reminders, {
      planId: 'p1',
      name: 'Ana',
      host: 'example.org',
    });
    expect(after.map((e) => e.uid)).toEqual(['p1-thanks@example.org', 'p1-update@example.org']);
    expect(after[0].start?.toISOString()).toBe('2026-12-03T14:20:00.000Z');
  });
});
