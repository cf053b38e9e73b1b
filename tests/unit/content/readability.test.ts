import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import readability from 'text-readability';
import { describe, expect, test } from 'vitest';
import { mdxToPlainText } from '../../../src/lib/guides/course';

const dir = resolve(import.meta.dirname, '../../../src/content/guides');
const guides = readdirSync(dir).filter((f) => f.endsWith('.mdx') && !f.startsWith('_'));

/** Flesch reading ease of 60 and up is "plain English": easy for a first-year student. */
const minimumEase = 60;
/** A grade of 9 or below is the alternative bar the course sets itself. */
const maximumGrade = 9;

describe('guide readability (Flesch reading ease on the plain text of each guide)', () => {
  test('there are guides to measure', () => {
    expect(guides.length).toBeGreaterThanOrEqual(12);
  });

  for (const file of guides) {
    test(`${file} reads as plain language`, () => {
      const text = mdxToPlainText(readFileSync(join(dir, file), 'utf8'));
      const ease = readability.fleschReadingEase(text);
      const grade = readability.fleschKincaidGrade(text);
      expect(
        ease >= minimumEase || grade <= maximumGrade,
        `${file}: reading ease ${ease} (want >= ${minimumEase}), grade ${grade} (want <= ${maximumGrade})`,
      ).toBe(true);
    });
  }
});
