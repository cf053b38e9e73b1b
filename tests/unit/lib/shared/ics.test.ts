import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildCalendar, escapeText, foldLine, utcStamp } from '../../../../src/lib/shared/ics.lazy';

const octets = (s: string) => new TextEncoder().encode(s).length;
const unfold = (s: string) => s.replace(/\r\n /g, '');

describe('escapeText', () => {
  test('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });
  test('escapes the backslash first, so escapes are not doubled', () => {
    expect(escapeText('\\,')).toBe('\\\\\\,');
  });
});

describe('foldLine', () => {
  test('leaves a line of 75 octets alone and folds one of 76', () => {
    expect(foldLine('a'.repeat(75))).toBe('a'.repeat(75));
    expect(foldLine('a'.repeat(76))).toBe(`${'a'.repeat(75)}\r\n a`);
  });
  test('counts octets, not characters, and never splits a multi-byte character', () => {
    const line = `SUMMARY:${'é'.repeat(40)}${'👋'.repeat(10)}`;
    const folded = foldLine(line).split('\r\n');
    for (const part of folded) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      expect(part).not.toMatch(/\uFFFD/);
    }
    expect(folded[0]).toBe(`SUMMARY:${'é'.repeat(33)}`);
    expect(unfold(foldLine(line))).toBe(line);
  });
  test('any text folds into lines of at most 75 octets that unfold to the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const line = `DESCRIPTION:${escapeText(text)}`;
        const folded = foldLine(line);
        for (const part of folded.split('\r\n')) expect(octets(part)).toBeLessThanOrEqual(75);
        expect(unfold(folded)).toBe(line);
      }),
    );
  });
});

describe('utcStamp', () => {
  test('writes UTC date-times in basic format', () => {
    expect(utcStamp(new Date(Date.UTC(2026, 0, 5, 7, 8, 9)))).toBe('20260105T070809Z');
  });
});

describe('buildCalendar', () => {
  const now = new Date(Date.UTC(2026, 10, 25, 20, 0, 0));
  const ics = buildCalendar(
    [
      {
        uid: 'plan-1-nudge@example.org',
        date: '2026-12-31',
        summary: 'Nudge Siobhán O’Brien, if no reply; then stop',
        description: 'Line one\nLine two, with a comma; and a \\ backslash. '.repeat(3),
        alarm: true,
      },
      {
        uid: 'plan-1-thanks@example.org',
        start: new Date(Date.UTC(2026, 11, 3, 14, 20)),
        minutes: 15,
        summary: 'Thank مريم',
      },
    ],
    { prodId: '-//Test//EN', now },
  );
  const lines = ics.split('\r\n');

  test('uses CRLF line ends only, ending with one', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
  test('keeps every line within 75 octets', () => {
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
  });
  test('wraps events in a VCALENDAR with version and product id', () => {
    expect(lines.slice(0, 3)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//EN']);
    expect(lines.at(-2)).toBe('END:VCALENDAR');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics.match(/END:VEVENT/g)).toHaveLength(2);
  });
  test('gives every event a UID and a UTC DTSTAMP', () => {
    const unfolded = unfold(ics);
    expect(unfolded).toContain('UID:plan-1-nudge@example.org');
    expect(unfolded).toContain('UID:plan-1-thanks@example.org');
    expect(unfolded.match(/DTSTAMP:20261125T200000Z/g)).toHaveLength(2);
  });
  test('writes an all-day event as DATE values ending the next day', () => {
    expect(lines).toContain('DTSTART;VALUE=DATE:20261231');
    expect(lines).toContain('DTEND;VALUE=DATE:20270101');
  });
  test('writes a timed event in UTC', () => {
    expect(lines).toContain('DTSTART:20261203T142000Z');
    expect(lines).toContain('DTEND:20261203T143500Z');
  });
  test('escapes text values and survives unfolding', () => {
    const unfolded = unfold(ics);
    expect(unfolded).toContain('SUMMARY:Nudge Siobhán O’Brien\\, if no reply\\; then stop');
    expect(unfolded).toContain(
      'DESCRIPTION:Line one\\nLine two\\, with a comma\\; and a \\\\ backslash.',
    );
  });
  test('adds a display alarm when asked, at 9:00 on the day of an all-day event', () => {
    expect(ics.match(/BEGIN:VALARM/g)).toHaveLength(1);
    expect(lines).toContain('ACTION:DISPLAY');
    expect(lines).toContain('TRIGGER:PT9H');
  });
});
