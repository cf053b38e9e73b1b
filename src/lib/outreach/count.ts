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

/**
 * Words about the sender (I, me, my…; yo, me, mi…) and about the reader (you, your…; usted,
 * su…), from the lists of the message's language; contractions count by their first part
 * ("I'm" is "I").
 */
export function focusCounts(
  text: string,
  lists: { self: readonly string[]; reader: readonly string[] },
): { self: number; reader: number } {
  const self = new Set(lists.self.map((w) => w.toLowerCase()));
  const reader = new Set(lists.reader.map((w) => w.toLowerCase()));
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
  const counts = { self: 0, reader: 0 };
  for (const w of words) {
    const base = w.split(/['’]/)[0];
    if (self.has(base)) counts.self++;
    else if (reader.has(base)) counts.reader++;
  }
  return counts;
}
