import { describe, expect, test } from 'vitest';
import { normalizeHex } from '../../../../src/lib/brand/hex';

describe('normalizeHex', () => {
  test('accepts #rgb and #rrggbb, with or without #, in any case', () => {
    for (const typed of ['#8C1515', '8c1515']) expect(normalizeHex(typed), typed).toBe('#8c1515');
    for (const typed of ['#abc', ' #abc ']) expect(normalizeHex(typed), typed).toBe('#aabbcc');
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
