import { describe, expect, test } from 'vitest';
import {
  followUps,
  localDate,
  localDateTimeInput,
  parseInstant,
} from '../../../../src/lib/outreach/followup';

describe('followUps', () => {
  test('nothing is due before anything is sent or booked', () => {
    expect(followUps({})).toEqual({
      nudge: null,
      thanksFrom: null,
      thanksBy: null,
      keepInTouch: null,
    });
  });
  test('one nudge a week after sending, while no conversation is booked', () => {
    expect(followUps({ sentAt: '2026-12-28' }).nudge).toBe('2027-01-04');
    expect(
      followUps({ sentAt: '2026-12-28', meetingAt: '2027-01-02T15:00:00.000Z' }).nudge,
    ).toBeNull();
  });
  test('a thank-you from the end of the conversation, due within 24 hours', () => {
    const dates = followUps({ meetingAt: '2026-12-03T14:00:00.000Z', askMinutes: 30 });
    expect(dates.thanksFrom?.toISOString()).toBe('2026-12-03T14:30:00.000Z');
    expect(dates.thanksBy?.toISOString()).toBe('2026-12-04T14:00:00.000Z');
  });
  test('a keep-in-touch update about three months after the conversation', () => {
    const meeting = new Date(2026, 11, 3, 10, 0);
    expect(followUps({ meetingAt: meeting.toISOString() }).keepInTouch).toBe('2027-03-03');
  });
  test('ignores invalid dates instead of inventing them', () => {
    expect(followUps({ sentAt: 'last Tuesday', meetingAt: 'soon' })).toEqual({
      nudge: null,
      thanksFrom: null,
      thanksBy: null,
      keepInTouch: null,
    });
  });
});

describe('local dates', () => {
  test('reads the date and time the student sees on their own clock', () => {
    const d = new Date(2026, 0, 5, 9, 7);
    expect(localDate(d)).toBe('2026-01-05');
    expect(localDateTimeInput(d)).toBe('2026-01-05T09:07');
  });
  test('parseInstant accepts ISO strings and rejects anything else', () => {
    expect(parseInstant('2026-12-03T14:00:00.000Z')?.getTime()).toBe(Date.UTC(2026, 11, 3, 14));
    expect(parseInstant('')).toBeNull();
    expect(parseInstant('nope')).toBeNull();
    expect(parseInstant(7)).toBeNull();
  });
});
