import { describe, expect, test } from 'vitest';
import { firstName, fold } from '../../../../src/lib/shared/words';

describe('words', () => {
  test('a first name is the first word of a name, whatever spaces surround it', () => {
    expect(firstName('Priya Shah')).toBe('Priya');
    expect(firstName('  José  Luis García ')).toBe('José');
    expect(firstName('Ana')).toBe('Ana');
    expect(firstName('   ')).toBe('');
  });
  test('folding drops accents, case and extra spaces', () => {
    expect(fold('  José  ÁLVAREZ ')).toBe('jose alvarez');
  });
});
