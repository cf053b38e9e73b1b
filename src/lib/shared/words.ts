/**
 * Words, one rule for every tool: counting them (the outreach message, the spoken introduction),
 * a person's first name, and folding text for a search (the conversations filter, the plan
 * switcher's search).
 */

/** Words in a text: runs of letters or digits, with inner apostrophes and hyphens. */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu)?.length ?? 0;
}

/** The first word of a name ("Priya" of " Priya Shah"); '' when there is none. */
export const firstName = (name: string) => name.trim().split(/\s+/)[0];

/** Text folded for searching: lower case, accents and extra spaces gone ("José " finds "jose"). */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
