import { describe, expect, test } from 'vitest';
import { fill } from '../../../../src/lib/shared/fill';

describe('fill', () => {
  test('fills every slot, numbers included, in the order the wording puts them', () => {
    expect(fill('{done} of {total} done', { total: 25, done: 3 })).toBe('3 of 25 done');
  });

  test('keeps a slot with no value as written, so a wording mistake shows', () => {
    expect(fill('Moved to position {pos} of {total}', { pos: 2 })).toBe(
      'Moved to position 2 of {total}',
    );
    expect(fill('Hello {name}', { name: undefined })).toBe('Hello {name}');
  });

  test('inserts text once: braces inside a value are not filled again', () => {
    expect(fill('Added “{text}”.', { text: 'Ask about {role}', role: 'x' })).toBe(
      'Added “Ask about {role}”.',
    );
  });

  test('ignores inherited properties', () => {
    expect(fill('{toString}', {})).toBe('{toString}');
  });
});
