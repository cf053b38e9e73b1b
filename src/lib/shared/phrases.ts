/**
 * Phrase lists as patterns, one rule for every language: a list of alternatives (regular
 * expression fragments, from a string module) matched without case, as whole words. JavaScript's
 * `\b` knows only ASCII letters even with the `u` flag, so "prácticas" or "currículum" would
 * match inside longer words; these boundaries are any letter or digit, accented ones included.
 */

/** Not preceded by a letter or digit (any script). */
export const wordStart = '(?<![\\p{L}\\p{N}])';
/** Not followed by a letter or digit (any script). */
export const wordEnd = '(?![\\p{L}\\p{N}])';

// A list's pattern is made once: the checks run on every keystroke with the same lists.
const patterns = new WeakMap<readonly string[], Map<string, RegExp>>();

/** One pattern for every phrase in the list, each as a whole word or words, ignoring case. */
export function phrasePattern(list: readonly string[], flags = 'giu'): RegExp {
  let made = patterns.get(list);
  if (!made) patterns.set(list, (made = new Map()));
  let re = made.get(flags);
  if (!re)
    made.set(
      flags,
      (re = new RegExp(`${wordStart}(?:${list.join('|') || '(?!)'})${wordEnd}`, flags)),
    );
  return re;
}

/** Every match of `re` (a global pattern) in a text, each once, as written there. */
export function findAll(text: string, re: RegExp): string[] {
  return [...new Set(text.match(re) ?? [])];
}

/** The phrases of a list found in a text, each once, as written there. */
export function findPhrases(text: string, list: readonly string[]): string[] {
  return findAll(text, phrasePattern(list));
}
