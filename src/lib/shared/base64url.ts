/**
 * base64url (RFC 4648 §5, no padding): bytes as text that a link fragment carries unchanged.
 * Used by the question share links and the plan hand-off out of an embed.
 */

/** Bytes as base64url text. */
export function bytesToBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of base64url text; throws on any other character or an impossible length. */
export function base64UrlToBytes(code: string): Uint8Array {
  // atob alone would also take spaces, padding and the +/ alphabet.
  if (!/^[A-Za-z0-9_-]*$/.test(code)) throw new SyntaxError('Not base64url');
  const binary = atob(code.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** Text (UTF-8) as base64url. */
export function textToBase64Url(text: string): string {
  return bytesToBase64Url(new TextEncoder().encode(text));
}

/** base64url back to text; throws when it is not base64url or not UTF-8. */
export function base64UrlToText(code: string): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(base64UrlToBytes(code));
}
