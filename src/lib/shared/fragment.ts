/**
 * Values carried in an address's fragment (`#key=value&…`), which the browser never sends to
 * any server: the question share link (`#share=`) and the plan hand-off out of an embed (`#plan=`).
 */

/** The fragment key that carries a plan handed over from an embed: `#plan=...`. */
export const planFragmentKey = 'plan';

/** The value of `key` in a location hash, or null when the hash has none. */
export function fragmentParam(hash: string, key: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, '')).get(key);
}
