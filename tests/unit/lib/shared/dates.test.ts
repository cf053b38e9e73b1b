import { describe, expect, test } from 'vitest';
import { addDays, daysBetween, localDate, twoDigits } from '../../../../src/lib/shared/dates';
import { inTimeZone } from '../../../support/time-zone';

describe('addDays', () => {
  test('adds calendar days across months, years and leap days', () => {
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2028-02-26', 3)).toBe('2028-02-29');
    expect(addDays('2026-03-28', 7)).toBe('2026-04-04');
  });
  test('ignores daylight-saving changes: a week is always seven calendar days', () => {
    expect(addDays('2026-03-05', 7)).toBe('2026-03-12');
    expect(addDays('2026-10-29', 7)).toBe('2026-11-05');
  });
  test('goes backwards too', () => {
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
  });
});

describe('daysBetween', () => {
  test('counts whole calendar days, backwards too', () => {
    expect(daysBetween('2026-03-27', '2026-04-01')).toBe(5);
    expect(daysBetween('2026-11-05', '2026-10-29')).toBe(-7);
  });
});

describe('local dates', () => {
  test('reads the date and time the student sees on their own clock', () => {
    const d = new Date(2026, 0, 5, 9, 7);
    expect(localDate(d)).toBe('2026-01-05');
    expect(twoDigits(7)).toBe('07');
  });
  test('in whatever time zone that clock is: Friday evening in New York is Saturday in Tokyo', () => {
    const at = new Date('2026-12-05T01:30:00.000Z');
    expect(inTimeZone('America/New_York', () => localDate(at))).toBe('2026-12-04');
    expect(inTimeZone('Asia/Tokyo', () => localDate(at))).toBe('2026-12-05');
  });
});
