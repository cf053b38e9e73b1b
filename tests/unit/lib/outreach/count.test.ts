import { describe, expect, test } from 'vitest';
import { focusCounts, noteLength, wordCount } from '../../../../src/lib/outreach/count';

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
  test('counts emoji as two characters, like a conservative compose box', () => {
    expect(noteLength('👋')).toBe(2);
    expect(noteLength('Hi 👋')).toBe(5);
  });
  test('counts a family emoji as every code unit in it, never fewer', () => {
    expect(noteLength('👩‍👩‍👧')).toBe(8);
  });
  test('counts accented letters as one, and a line break as one', () => {
    expect(noteLength('Zoë\nAna')).toBe(7);
  });
});

describe('focusCounts', () => {
  test('counts I, me, my and their contractions against you and your', () => {
    expect(
      focusCounts("I'm sure my idea helps me; I’d ask you about your work, if you're free."),
    ).toEqual({
      self: 4,
      reader: 3,
    });
  });
  test('does not count words that only start with the same letters', () => {
    expect(focusCounts('Imagine your youth in Myanmar')).toEqual({ self: 0, reader: 1 });
  });
});
