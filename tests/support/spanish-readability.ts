/**
 * Readability of Spanish text: a rule-based Spanish syllable counter and the two formulas the
 * Spanish edition is held to, Fernández Huerta (1959) and Szigriszt-Pazos (1993, read on the
 * INFLESZ scale). No npm package computes either, and English syllable counters are wrong for
 * Spanish, so the rules live here. It runs in tests only.
 */

/** Strong vowels: each is a syllable of its own, even next to another (a hiatus, "le-er"). */
const strong = new Set(['a', 'e', 'o', 'á', 'é', 'ó', 'í', 'ú']);

/**
 * Syllables in one Spanish word, by the spelling rules. In each group of adjacent vowels,
 * every strong vowel (a, e, o, or an i or u with an accent) is one syllable ("po-e-ta",
 * "pa-ís"), and an unaccented i, u or ü shares the syllable of a strong neighbour ("ciu-dad",
 * "a-gua"); a group of weak vowels alone is one syllable. A silent u in "que", "qui", "gue",
 * "gui" is not a vowel ("gui-ta-rra") unless it carries a diaeresis ("pin-güi-no"); an h
 * between vowels does not separate them ("hue-vo", "a-ho-ra"); a final y after a vowel closes
 * the syllable before it ("hoy", "muy"), the word "y" is one syllable and any other y is a
 * consonant ("a-yu-da"). Every word has at least one syllable.
 */
export function countSyllables(word: string): number {
  let w = word.normalize('NFC').toLowerCase();
  if (w === 'y') return 1;
  w = w
    .replace(/([qg])u(?=[eéií])/g, '$1')
    .replace(/h/g, '')
    .replace(/(?<=[aeiouáéíóúü])y$/, 'i')
    .replace(/y/g, 'c');
  let syllables = 0;
  for (const group of w.match(/[aeiouáéíóúü]+/g) ?? []) {
    const nuclei = [...group].filter((c) => strong.has(c)).length;
    // Weak vowels lean on a strong one in their group ("a-gua", "ca-ca-hue-te"); a group of
    // weak vowels only is one syllable ("ciu-dad"), unless a vowel is doubled ("chi-i-ta").
    syllables += nuclei || 1 + [...group].filter((c, i) => c === group[i - 1]).length;
  }
  return Math.max(1, syllables);
}

const units = ['', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'];
const teens = [
  'diez',
  'once',
  'doce',
  'trece',
  'catorce',
  'quince',
  'dieciséis',
  'diecisiete',
  'dieciocho',
  'diecinueve',
];
const twenties = [
  'veinte',
  'veintiuno',
  'veintidós',
  'veintitrés',
  'veinticuatro',
  'veinticinco',
  'veintiséis',
  'veintisiete',
  'veintiocho',
  'veintinueve',
];
const tens = [
  '',
  '',
  '',
  'treinta',
  'cuarenta',
  'cincuenta',
  'sesenta',
  'setenta',
  'ochenta',
  'noventa',
];
const hundreds = [
  '',
  'ciento',
  'doscientos',
  'trescientos',
  'cuatrocientos',
  'quinientos',
  'seiscientos',
  'setecientos',
  'ochocientos',
  'novecientos',
];

/** A whole number below a million as a Spanish reader says it ("2026": "dos mil veintiséis"). */
export function numberToWords(n: number): string {
  if (n === 0) return 'cero';
  const below100 = (x: number) =>
    x < 10
      ? units[x]
      : x < 20
        ? teens[x - 10]
        : x < 30
          ? twenties[x - 20]
          : tens[Math.floor(x / 10)] + (x % 10 ? ` y ${units[x % 10]}` : '');
  const below1000 = (x: number) =>
    x === 100
      ? 'cien'
      : [hundreds[Math.floor(x / 100)], below100(x % 100)].filter(Boolean).join(' ');
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  const head = thousands === 0 ? '' : thousands === 1 ? 'mil' : `${below1000(thousands)} mil`;
  return [head, below1000(rest)].filter(Boolean).join(' ');
}

/** Syllables of a figure such as "20", "2026" or "3:00", read out in Spanish; all-zero groups are silent. */
function figureSyllables(figure: string): number {
  const groups = figure
    .split(/[.,:]/)
    .map(Number)
    .filter((n) => n > 0 && n < 1_000_000);
  const spoken = groups.length ? groups.map(numberToWords).join(' ') : 'cero';
  return spoken.split(/\s+/).reduce((sum, w) => sum + countSyllables(w), 0);
}

/** Words of the text: runs of letters (any script, accents included) or figures. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|\p{N}+(?:[.,:]\p{N}+)*/gu) ?? [];
}

/**
 * Abbreviations whose full stop does not end a sentence: titles before a name and the parts of
 * "p. m." and "EE. UU.". Compared in lower case.
 */
const abbreviations = new Set([
  'sr',
  'sra',
  'srta',
  'dr',
  'dra',
  'lic',
  'ing',
  'prof',
  'p',
  'a',
  'm',
  'ee',
  'uu',
  'etc',
  'núm',
  'pág',
]);

/**
 * Sentences of the text. A sentence ends at ".", "!", "?" or "…" (a run of them counts once),
 * except after an abbreviation such as "Sra." or "p. m.". Opening "¿" and "¡" start nothing:
 * the closing mark is what ends a question. Parts without a word are not sentences.
 */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const match of text.matchAll(/[.!?…]+/gu)) {
    const end = match.index + match[0].length;
    const before = /([\p{L}]+)$/u.exec(text.slice(start, match.index))?.[1]?.toLowerCase();
    if (match[0] === '.' && before && abbreviations.has(before)) continue;
    // A full stop inside a figure ("3.5") is not the end of a sentence either.
    if (
      match[0] === '.' &&
      /\p{N}$/u.test(text.slice(0, match.index)) &&
      /^\p{N}/u.test(text.slice(end))
    )
      continue;
    out.push(text.slice(start, end));
    start = end;
  }
  out.push(text.slice(start));
  return out.map((s) => s.trim()).filter((s) => words(s).length > 0);
}

/** Syllables of one word or figure. */
function syllablesOf(word: string): number {
  return /^\p{N}/u.test(word) ? figureSyllables(word) : countSyllables(word);
}

/** The counts both formulas are built from. */
export interface TextCounts {
  words: number;
  sentences: number;
  syllables: number;
}

/** Words, sentences and syllables of a plain text. */
export function textCounts(text: string): TextCounts {
  const all = words(text);
  return {
    words: all.length,
    sentences: sentences(text).length,
    syllables: all.reduce((sum, w) => sum + syllablesOf(w), 0),
  };
}

/**
 * Fernández Huerta (1959): 206.84 − 60 × syllables per word − 1.02 × words per sentence.
 * 90-100 very easy, 80-90 easy, 70-80 fairly easy, 60-70 normal.
 */
export function fernandezHuerta(text: string): number {
  const c = textCounts(text);
  return 206.84 - 60 * (c.syllables / c.words) - 1.02 * (c.words / c.sentences);
}

/**
 * Szigriszt-Pazos (1993): 206.835 − 62.3 × syllables per word − words per sentence. On the
 * INFLESZ scale (Barrio-Cantalejo 2008): under 40 very hard, 40-55 fairly hard, 55-65 normal,
 * 65-80 fairly easy, above 80 very easy.
 */
export function szigrisztPazos(text: string): number {
  const c = textCounts(text);
  return 206.835 - 62.3 * (c.syllables / c.words) - c.words / c.sentences;
}
