import { describe, expect, test } from 'vitest';
import { ORG_MAX } from '../../../../src/lib/embed/params';
import { flyerQuery, parseFlyerParams } from '../../../../src/lib/embed/flyer';

describe('parseFlyerParams', () => {
  test('prints the general flyer, with no note, when the address names no one', () => {
    expect(parseFlyerParams('')).toEqual({ org: null, problem: null });
  });

  test('uses a name as given, white space tidied', () => {
    expect(parseFlyerParams('?org=%20Riverside%20%20College%0A')).toEqual({
      org: 'Riverside College',
      problem: null,
    });
  });

  test('keeps markup as the text it is: the page sets it as text, never as HTML', () => {
    expect(parseFlyerParams('?org=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E').org).toBe(
      '<img src=x onerror=alert(1)>',
    );
  });

  test('says so when the name is empty or only invisible characters', () => {
    expect(parseFlyerParams('?org=')).toEqual({ org: null, problem: 'empty' });
    expect(parseFlyerParams('?org=%E2%80%AE%20%00')).toEqual({ org: null, problem: 'empty' });
  });

  test('cuts a name over the limit and says so', () => {
    const long = 'A'.repeat(ORG_MAX + 5);
    expect(parseFlyerParams(new URLSearchParams({ org: long }))).toEqual({
      org: 'A'.repeat(ORG_MAX),
      problem: 'too-long',
    });
    // Exactly at the limit is fine, even with spaces around it that are tidied away.
    const exact = ` ${'B'.repeat(ORG_MAX)} `;
    expect(parseFlyerParams(new URLSearchParams({ org: exact })).problem).toBeNull();
  });

  test('leaves out a right-to-left override that would reorder the name, and says so', () => {
    expect(parseFlyerParams(new URLSearchParams({ org: 'Riverside\u202E College' }))).toEqual({
      org: 'Riverside College',
      problem: 'hidden-characters',
    });
  });
});

describe('flyerQuery', () => {
  test('carries the cleaned name, and nothing when there is no usable name', () => {
    expect(flyerQuery('Riverside & Co')).toBe('?org=Riverside+%26+Co');
    expect(flyerQuery('  ')).toBe('');
  });
});
