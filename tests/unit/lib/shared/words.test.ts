import { describe, expect, test } from 'vitest';
import { firstName, fold } from '../../../../src/lib/shared/words';

describe('words', () => {
  test('a first name is the first word of a name, whatever spaces surround it', () => {
    expect(['Priya Shah', '  José  Luis García ', 'Ana', '   '].map(firstName)).toEqual([
      'Priya',
      'José',
      'Ana',
      '',
    ]);
  });
  test('folding drops accents, case and extra spaces', () => {
    expect(fold('  José  ÁLVAREZ ')).toBe('jose alvarez');
  });
});
