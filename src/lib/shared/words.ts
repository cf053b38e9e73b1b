/**
 * Counting words, one rule for every tool that counts them (the outreach message, the spoken
 * introduction). In the shared runtime chunk (astro.config.mjs), so two tools that both count
 * do not each load it as a chunk of its own.
 */

/** Words in a text: runs of letters or digits, with inner apostrophes and hyphens. */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu)?.length ?? 0;
}
