/**
 * A mailto: link that opens the student's mail app with the message filled in (RFC 6068):
 * every header value percent-encoded as UTF-8 with encodeURIComponent, line breaks as CRLF
 * (%0D%0A), the address kept readable with only its reserved characters encoded.
 */

/** Percent-encodes a mailto header value; line breaks of any kind become CRLF. */
export function encodeMailtoValue(text: string): string {
  return encodeURIComponent(text.replace(/\r\n|\r|\n/g, '\r\n'));
}

/** The mailto: URL for an optional address, a subject and a body. */
export function mailtoHref(message: { to?: string; subject?: string; body: string }): string {
  const to = encodeURIComponent((message.to ?? '').trim()).replace(/%40/g, '@');
  const fields: string[] = [];
  if (message.subject) fields.push(`subject=${encodeMailtoValue(message.subject)}`);
  if (message.body) fields.push(`body=${encodeMailtoValue(message.body)}`);
  return `mailto:${to}${fields.length ? `?${fields.join('&')}` : ''}`;
}
