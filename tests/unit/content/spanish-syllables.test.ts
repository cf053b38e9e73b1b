import { describe, expect, test } from 'vitest';
import { mdxToPlainText } from '../../../src/lib/guides/course';
import {
  countSyllables,
  fernandezHuerta,
  numberToWords,
  sentences,
  szigrisztPazos,
  textCounts,
  words,
} from '../../support/spanish-readability';

/** Words counted by hand, syllable by syllable, with the split that gives the count. */
const handCounted: [word: string, syllables: number, split: string][] = [
  // Hiatus: two strong vowels, or a weak one carrying an accent, are two syllables.
  ['país', 2, 'pa-ís'],
  ['leer', 2, 'le-er'],
  ['poeta', 3, 'po-e-ta'],
  ['teatro', 3, 'te-a-tro'],
  ['caer', 2, 'ca-er'],
  ['idea', 3, 'i-de-a'],
  ['correo', 3, 'co-rre-o'],
  ['aéreo', 4, 'a-é-re-o'],
  ['día', 2, 'dí-a'],
  ['río', 2, 'rí-o'],
  ['baúl', 2, 'ba-úl'],
  ['oír', 2, 'o-ír'],
  ['reúne', 3, 're-ú-ne'],
  ['currículum', 4, 'cu-rrí-cu-lum'],
  ['chiita', 3, 'chi-i-ta'],
  // Diphthongs and triphthongs: a weak vowel shares the syllable.
  ['ciudad', 2, 'ciu-dad'],
  ['cuidado', 3, 'cui-da-do'],
  ['nieve', 2, 'nie-ve'],
  ['viaje', 2, 'via-je'],
  ['agua', 2, 'a-gua'],
  ['gracias', 2, 'gra-cias'],
  ['cordiales', 3, 'cor-dia-les'],
  ['veinte', 2, 'vein-te'],
  ['conversación', 4, 'con-ver-sa-ción'],
  ['estudiáis', 3, 'es-tu-diáis'],
  ['buey', 1, 'buey'],
  // Silent u in que, qui, gue, gui; a diaeresis makes it sound.
  ['queso', 2, 'que-so'],
  ['quien', 1, 'quien'],
  ['guitarra', 3, 'gui-ta-rra'],
  ['guerra', 2, 'gue-rra'],
  ['seguir', 2, 'se-guir'],
  ['guion', 1, 'guion'],
  ['pingüino', 3, 'pin-güi-no'],
  ['cigüeña', 3, 'ci-güe-ña'],
  ['vergüenza', 3, 'ver-güen-za'],
  // h between vowels does not separate them.
  ['huevo', 2, 'hue-vo'],
  ['hielo', 2, 'hie-lo'],
  ['ahora', 3, 'a-ho-ra'],
  ['ahí', 2, 'a-hí'],
  ['búho', 2, 'bú-ho'],
  ['cacahuete', 4, 'ca-ca-hue-te'],
  ['prohibir', 2, 'prohi-bir'],
  ['prohíbe', 3, 'pro-hí-be'],
  ['rehusar', 2, 'rehu-sar'],
  ['rehúso', 3, 're-hú-so'],
  ['ahumado', 3, 'ahu-ma-do'],
  // y: a vowel at the end after a vowel, a consonant elsewhere, a syllable on its own.
  ['hoy', 1, 'hoy'],
  ['muy', 1, 'muy'],
  ['hay', 1, 'hay'],
  ['ley', 1, 'ley'],
  ['Uruguay', 3, 'U-ru-guay'],
  ['y', 1, 'y'],
  ['ya', 1, 'ya'],
  ['ayuda', 3, 'a-yu-da'],
  ['hoyo', 2, 'ho-yo'],
  ['Maya', 2, 'Ma-ya'],
  // Everyday words of the guides.
  ['entrevista', 4, 'en-tre-vis-ta'],
  ['informativa', 5, 'in-for-ma-ti-va'],
  ['exalumnos', 4, 'e-xa-lum-nos'],
  ['egresados', 4, 'e-gre-sa-dos'],
  ['prácticas', 3, 'prác-ti-cas'],
  ['atentamente', 5, 'a-ten-ta-men-te'],
  ['pregunta', 3, 'pre-gun-ta'],
  ['Estimada', 4, 'Es-ti-ma-da'],
  ['ÁREA', 3, 'Á-RE-A'],
];

describe('countSyllables', () => {
  test.each(handCounted)('%s has %i syllables (%s)', (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables);
  });

  test('reads decomposed accents (NFD) like composed ones', () => {
    expect(countSyllables('país'.normalize('NFD'))).toBe(2);
    expect(countSyllables('pingüino'.normalize('NFD'))).toBe(3);
  });

  test('gives every word at least one syllable, a vowel-less abbreviation too', () => {
    expect(countSyllables('CV')).toBe(1);
  });
});

describe('numberToWords', () => {
  test.each([
    [0, 'cero'],
    [15, 'quince'],
    [20, 'veinte'],
    [26, 'veintiséis'],
    [45, 'cuarenta y cinco'],
    [100, 'cien'],
    [101, 'ciento uno'],
    [1000, 'mil'],
    [2026, 'dos mil veintiséis'],
    [40_000, 'cuarenta mil'],
  ])('%i is "%s"', (n, spoken) => {
    expect(numberToWords(n)).toBe(spoken);
  });
});

describe('words', () => {
  test.each([
    {
      rule: 'splits on Spanish punctuation and keeps accented letters inside words',
      text: '¿Cómo estás, Begoña? ¡Qué alegría!',
      split: ['Cómo', 'estás', 'Begoña', 'Qué', 'alegría'],
    },
    {
      rule: 'keeps a figure, with its separators, as one word',
      text: 'a las 3:00, unos 20 minutos',
      split: ['a', 'las', '3:00', 'unos', '20', 'minutos'],
    },
  ])('$rule', ({ text, split }) => {
    expect(words(text)).toEqual(split);
  });
});

describe('sentences', () => {
  test('ends a sentence at the closing mark of a question or an exclamation', () => {
    expect(sentences('¿Qué es? Es una charla. ¡Hola! Y luego… nada')).toHaveLength(5);
  });

  test('does not end a sentence after a title or "p. m."', () => {
    expect(
      sentences('Estimada Sra. García: la llamo el jueves a las 3:00 p. m. de Nueva York.'),
    ).toHaveLength(1);
    expect(sentences('Habló con la Dra. Nguyen. Le gustó.')).toHaveLength(2);
  });
});

describe('textCounts and the two formulas', () => {
  const text = 'El gato come. La casa es azul.';

  test('count words, sentences and syllables', () => {
    // el 1, ga-to 2, co-me 2, la 1, ca-sa 2, es 1, a-zul 2
    expect(textCounts(text)).toEqual({ words: 7, sentences: 2, syllables: 11 });
  });

  test('read a figure by its spoken syllables', () => {
    // unos 2, vein-te 2, mi-nu-tos 3
    expect(textCounts('Unos 20 minutos.')).toEqual({ words: 3, sentences: 1, syllables: 7 });
  });

  test('Fernández Huerta is 206.84 − 60 × syllables/word − 1.02 × words/sentence', () => {
    expect(fernandezHuerta(text)).toBeCloseTo(206.84 - (60 * 11) / 7 - 1.02 * 3.5, 10);
  });

  test('Szigriszt-Pazos is 206.835 − 62.3 × syllables/word − words/sentence', () => {
    expect(szigrisztPazos(text)).toBeCloseTo(206.835 - (62.3 * 11) / 7 - 3.5, 10);
  });

  test('score long words and long sentences lower', () => {
    const plain = 'Hablas con una persona. Le preguntas por su trabajo. Escuchas y aprendes.';
    const dense =
      'La entrevista informativa constituye fundamentalmente una oportunidad extraordinaria de aprendizaje profesional, especialmente para estudiantes universitarios.';
    expect(fernandezHuerta(plain)).toBeGreaterThan(70);
    expect(fernandezHuerta(dense)).toBeLessThan(40);
    expect(szigrisztPazos(dense)).toBeLessThan(szigrisztPazos(plain));
  });
});

describe('mdxToPlainText on Spanish', () => {
  test('keeps ¿ ¡ and accented letters, and ends each block as a sentence', () => {
    const source = [
      '---',
      'title: Prueba',
      '---',
      '',
      '## ¿Qué es una entrevista informativa?',
      '',
      '¡Es más fácil de lo que crees! Pregúntale a tu tía [por su trabajo](/es/guides/who-to-ask/)',
      '',
      '- «¿Qué te sorprendió?»',
    ].join('\n');
    const plain = mdxToPlainText(source);
    expect(plain).toBe(
      '¿Qué es una entrevista informativa?\n¡Es más fácil de lo que crees! Pregúntale a tu tía por su trabajo.\n«¿Qué te sorprendió?».',
    );
    expect(sentences(plain)).toHaveLength(4);
  });
});
