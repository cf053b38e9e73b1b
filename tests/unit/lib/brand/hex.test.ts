import { describe, expect, test } from 'vitest';
import { normalizeHex } from '../../../../src/lib/brand/hex';

describe('normalizeHex', () => {
  test('accepts #rgb and #rrggbb, with or without #, in any case', () => {
    expect(normalizeHex('#8C1515')).toBe('#8c1515');
    expect(normalizeHex('8c1515')).toBe('#8c1515');
    expect(normalizeHex('#abc')).toBe('#aabbcc');
    expect(normalizeHex(' #abc ')).toBe('#aabbcc');
  });
  test('rejects names, functions, other lengths and non-strings', () => {
    for (const bad of [
      'red',
      'rgb(0,0,0)',
      '#12345',
      '#1234567',
      '#ggg',
      '',
      'javascript:1',
      null,
      42,
    ]) {
      expect(normalizeHex(bad)).toBeNull();
    }
  });
});
