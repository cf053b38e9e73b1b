import { describe, expect, test } from 'vitest';
import { focusCounts, noteLength, wordCount } from '../../../../src/lib/outreach/count';
import { messageRules } from '../../../../src/lib/strings/check-rules';

describe('wordCount', () => {
  test('counts words with apostrophes, hyphens and accents as one each', () => {
    expect(wordCount("I'm Zoë, a 20-minute call—O’Brien's idea.")).toBe(7);
  });
  test('does not count punctuation, emoji or blank space', () => {
    expect(wordCount('  — 👋 !! \n\n ')).toBe(0);
    expect(wordCount('Hi 👋 Ana')).toBe(2);
  });
  test('counts words in other scripts', () => {
    expect(wordCount('مرحبا يا مريم')).toBe(3);
  });
});

describe('noteLength', () => {
  // Text, the length the compose box would count, and why.
  test.each([
    ['👋', 2, 'an emoji as two characters, like a conservative compose box'],
    ['Hi 👋', 5, 'an emoji beside text as two characters'],
    ['👩‍👩‍👧', 8, 'a family emoji as every code unit in it, never fewer'],
    ['Zoë\nAna', 7, 'accented letters as one, and a line break as one'],
  ])('counts %j as %i: %s', (text, length) => {
    expect(noteLength(text)).toBe(length);
  });
});

describe('focusCounts', () => {
  test('counts I, me, my and their contractions against you and your', () => {
    expect(
      focusCounts(
        "I'm sure my idea helps me; I’d ask you about your work, if you're free.",
        messageRules,
      ),
    ).toEqual({
      self: 4,
      reader: 3,
    });
  });
  test('does not count words that only start with the same letters', () => {
    expect(focusCounts('Imagine your youth in Myanmar', messageRules)).toEqual({
      self: 0,
      reader: 1,
    });
  });
});
