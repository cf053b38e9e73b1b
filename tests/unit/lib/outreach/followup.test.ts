import { describe, expect, test } from 'vitest';
import { localDate, localDateTimeInput, parseInstant } from '../../../../src/lib/outreach/followup';

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
