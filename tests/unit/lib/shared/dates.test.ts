import { describe, expect, test } from 'vitest';
import { addDays } from '../../../../src/lib/shared/dates';

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
