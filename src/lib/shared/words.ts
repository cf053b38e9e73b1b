/**
 * Words, one rule for every tool: counting them (the outreach message, the spoken introduction)
 * and folding text for a search (the conversations filter, the plan switcher's search). In the
 * shared runtime chunk (integrations/chunks.mjs), so two tools that both use it do not each load it as
 * a chunk of its own.
 */

/** Words in a text: runs of letters or digits, with inner apostrophes and hyphens. */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu)?.length ?? 0;
}

/** Text folded for searching: lower case, accents and extra spaces gone ("José " finds "jose"). */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
