import { describe, expect, test } from 'vitest';
import { encodeMailtoValue, mailtoHref } from '../../../../src/lib/outreach/mailto';

describe('encodeMailtoValue', () => {
  test('writes every line break as CRLF, %0D%0A', () => {
    expect(encodeMailtoValue('a\nb\r\nc\rd')).toBe('a%0D%0Ab%0D%0Ac%0D%0Ad');
  });
  test('percent-encodes reserved characters and UTF-8', () => {
    expect(encodeMailtoValue('Q&A? 50% = #1 & Zoë')).toBe(
      'Q%26A%3F%2050%25%20%3D%20%231%20%26%20Zo%C3%AB',
    );
    expect(encodeMailtoValue('👋')).toBe('%F0%9F%91%8B');
  });
});

describe('mailtoHref', () => {
  test('puts subject and body in the query, with no address when none is given', () => {
    expect(mailtoHref({ subject: 'Hi there', body: 'Line 1\nLine 2' })).toBe(
      'mailto:?subject=Hi%20there&body=Line%201%0D%0ALine%202',
    );
  });
  test('keeps the @ of an address readable and encodes the rest', () => {
    expect(mailtoHref({ to: ' ana+jobs@example.org ', body: 'x' })).toBe(
      'mailto:ana%2Bjobs@example.org?body=x',
    );
  });
  test('an address cannot add headers of its own', () => {
    expect(mailtoHref({ to: 'a@b.c?bcc=evil@x.y', body: '' })).toBe(
      'mailto:a@b.c%3Fbcc%3Devil@x.y',
    );
  });
  test('round-trips any subject and body through URL decoding', () => {
    const subject = 'Referred by Siobhán O’Brien: advice & more?';
    const body = 'Hi مريم,\n\n<b>Hello</b> 100% 👩🏽‍💻';
    const url = new URL(mailtoHref({ subject, body }));
    expect(url.searchParams.get('subject')).toBe(subject);
    expect(url.searchParams.get('body')).toBe(body.replace(/\n/g, '\r\n'));
  });
});
