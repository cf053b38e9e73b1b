import { describe, expect, test } from 'vitest';
import { interpolate } from '../../../../src/lib/shared/interpolate';

describe('interpolate', () => {
  test('fills every {name} that has a value, wherever it appears', () => {
    expect(
      interpolate('{siteName} is run by {org}; {siteName}.', { siteName: 'A', org: 'B' }),
    ).toBe('A is run by B; A.');
  });

  test('leaves a name without a value as written, so a typo shows', () => {
    expect(interpolate('About {sitename}', { siteName: 'A' })).toBe('About {sitename}');
  });

  test('does not read names from the object prototype', () => {
    expect(interpolate('{constructor}', {})).toBe('{constructor}');
  });
});
