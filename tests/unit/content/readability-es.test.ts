import { describe, expect, test } from 'vitest';
import { mdxToPlainText } from '../../../src/lib/guides/course';
import { englishGuides, spanishGuides } from '../../support/spanish-guides';
import { fernandezHuerta, szigrisztPazos, textCounts } from '../../support/spanish-readability';

/** "Fairly easy" on the Fernández Huerta scale (70-80), the bar every Spanish guide meets. */
const minimumHuerta = 70;
/** "Normal" on the INFLESZ reading of Szigriszt-Pazos (55-65), with the bar at 60. */
const minimumSzigriszt = 60;

const guides = spanishGuides();

describe('Spanish guide readability (Fernández Huerta and Szigriszt-Pazos on the plain text)', () => {
  test('there is a Spanish guide to measure for every English guide', () => {
    expect(guides.length).toBeGreaterThanOrEqual(englishGuides().length);
  });

  for (const guide of guides) {
    test(`es/${guide.slug}.mdx reads as plain Spanish`, () => {
      const text = mdxToPlainText(guide.source);
      const huerta = fernandezHuerta(text);
      const szigriszt = szigrisztPazos(text);
      const c = textCounts(text);
      const detail = `${(c.syllables / c.words).toFixed(2)} syllables a word, ${(c.words / c.sentences).toFixed(1)} words a sentence`;
      expect(
        huerta,
        `es/${guide.slug}.mdx: Fernández Huerta ${huerta.toFixed(1)} (want >= ${minimumHuerta}; ${detail})`,
      ).toBeGreaterThanOrEqual(minimumHuerta);
      expect(
        szigriszt,
        `es/${guide.slug}.mdx: Szigriszt-Pazos ${szigriszt.toFixed(1)} (want >= ${minimumSzigriszt}; ${detail})`,
      ).toBeGreaterThanOrEqual(minimumSzigriszt);
    });
  }
});
