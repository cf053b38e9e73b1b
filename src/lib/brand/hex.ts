/** Hex colours as the brand settings and embed addresses write them. */

const HEX = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;

/**
 * A hex colour in canonical `#rrggbb` lower-case form, or null when the text is not a hex colour.
 * Accepts `#rgb`, `#rrggbb` and both without the `#` (a `#` must be written `%23` in a URL).
 */
export function normalizeHex(text: unknown): string | null {
  if (typeof text !== 'string') return null;
  const m = HEX.exec(text.trim());
  if (!m) return null;
  const digits = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  return `#${digits.toLowerCase()}`;
}
