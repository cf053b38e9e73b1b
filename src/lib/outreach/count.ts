/**
 * Counting rules for message length and focus. LinkedIn does not document how its compose box
 * counts, so notes are counted conservatively in UTF-16 code units: an emoji counts as two (or
 * more), which can only over-count, never let a note run past the limit.
 */

/** Words in a message (the rule every tool shares). */
export { wordCount } from '../shared/words';

/** Length of a LinkedIn note as counted here: UTF-16 code units, so an emoji counts as two. */
export function noteLength(text: string): number {
  return text.length;
}

/** Words about the sender (I, me, my…) and about the reader (you, your…). */
export function focusCounts(text: string): { self: number; reader: number } {
  const words =
    text
      .toLowerCase()
      .replace(/’/g, "'")
      .match(/[a-z']+/g) ?? [];
  let self = 0;
  let reader = 0;
  for (const w of words) {
    const base = w.split("'")[0];
    if (base === 'i' || base === 'me' || base === 'my' || base === 'mine' || base === 'myself')
      self++;
    else if (/^(you|your|yours|yourself|yourselves)$/.test(base)) reader++;
  }
  return { self, reader };
}
