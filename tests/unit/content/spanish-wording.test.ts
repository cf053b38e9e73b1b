import { describe, expect, test } from 'vitest';
import { mdxToPlainText } from '../../../src/lib/guides/course';
import { englishGuides, spanishGuides, type GuideFile } from '../../support/spanish-guides';

/**
 * Common English words that are not Spanish words, so any of them in running Spanish text is
 * a sentence or a phrase left untranslated. Words that are also Spanish ("me", "he", "has",
 * "no", "a", "son") are left out.
 */
const englishWords = (
  'the and you your with that this for are is it of to in on at not have what will ' +
  'from they their there we our if or by about would could should when who which how ' +
  'just like was were been hi dear thanks thank please'
).split(' ');
/** An English word standing alone: boundaries that know accented letters (\b does not). */
const englishWord = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${englishWords.join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);

/**
 * The text a reader reads in Spanish: frontmatter title and description and the plain text
 * of the body, without link targets, component attributes or *italic* titles of English
 * books (the only English a Spanish guide may quote).
 */
function readerText(g: GuideFile): string {
  const body = g.source
    .replace(/\*\*([^*\n]+)\*\*/g, '$1')
    .replace(/(?<!\*)\*[^*\n]+\*(?!\*)/g, ' ');
  return [String(g.data.title), String(g.data.description), mdxToPlainText(body)].join('\n');
}

/** The words the brief glosses "entrevista informativa" with, where a page first uses it. */
const gloss = /para aprender sobre un trabajo, no para pedirlo/;

const guides = spanishGuides();

describe('Spanish guides are written in Spanish', () => {
  test('finds English left in a text (the check itself)', () => {
    const [en] = englishGuides();
    expect(readerText(en).match(englishWord)?.length ?? 0).toBeGreaterThan(50);
    expect('Escríbele. And then wait.'.match(englishWord)).toEqual(['And']);
    expect('Él está en el área de diseño.'.match(englishWord)).toBeNull();
  });

  for (const guide of guides) {
    describe(`es/${guide.slug}.mdx`, () => {
      test('has no English words left in its text', () => {
        const text = readerText(guide);
        const left = [...text.matchAll(englishWord)].map((m) =>
          text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30).replace(/\n/g, ' '),
        );
        expect(left, 'English words in the Spanish text').toEqual([]);
      });

      test('glosses "entrevista informativa" where the body first uses it', () => {
        const text = mdxToPlainText(guide.source);
        const first = /entrevistas? informativas?/i.exec(text);
        if (!first) return;
        expect(
          text.slice(first.index, first.index + 140),
          'the first "entrevista informativa" is followed by what it means',
        ).toMatch(gloss);
      });

      test('ends letter greetings with a colon, not the English comma', () => {
        const greetings = [...guide.body.matchAll(/^(?:Hola|Estimad[oa]|Querid[oa])\b.*$/gm)].map(
          (m) => m[0],
        );
        for (const line of greetings) {
          if (line.length > 40) continue; // a greeting run into its message, as in a short note
          expect(line, 'greeting line').toMatch(/[:!]$/);
        }
      });
    });
  }
});
