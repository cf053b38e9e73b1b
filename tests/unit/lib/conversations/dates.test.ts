import { describe, expect, test } from 'vitest';
import { localDateTime, parseDay, parseMeeting } from '../../../../src/lib/conversations/dates';

describe('parseDay', () => {
  test.each([
    ['2026-03-14', '2026-03-14'],
    ['2026-3-4', '2026-03-04'],
    ['3/14/2026', '2026-03-14'],
    ['03/04/2026', '2026-03-04'],
    ['3/14/26', '2026-03-14'],
    ['14 Mar 2026', '2026-03-14'],
    ['04 Sept 2026', '2026-09-04'],
    ['Mar 14, 2026', '2026-03-14'],
    ['March 14 2026', '2026-03-14'],
    ['3/14/2026 2:30 PM', '2026-03-14'],
    ['  2026-03-14  ', '2026-03-14'],
  ])('reads %s as %s', (text, day) => expect(parseDay(text)).toBe(day));

  test.each([
    '14/3/2026',
    '2/30/2026',
    '2026-13-01',
    'soon',
    '14 Foo 2026',
    '3/14/2026 25:00',
    '3/14/2026 13:00 PM',
    '',
  ])('does not read %s', (text) => expect(parseDay(text)).toBeNull());

  test('puts a time with an offset on the student’s own day', () => {
    const instant = new Date('2026-03-14T23:30:00Z');
    const local = `${instant.getFullYear()}-${String(instant.getMonth() + 1).padStart(2, '0')}-${String(instant.getDate()).padStart(2, '0')}`;
    expect(parseDay('2026-03-14T23:30:00Z')).toBe(local);
  });
});

describe('parseMeeting', () => {
  test('reads a local time, a 12-hour time, an offset, and a date alone as noon', () => {
    expect(parseMeeting('3/14/2026 2:30 PM')).toBe(new Date(2026, 2, 14, 14, 30).toISOString());
    expect(parseMeeting('3/14/2026 12:15 am')).toBe(new Date(2026, 2, 14, 0, 15).toISOString());
    expect(parseMeeting('2026-03-14 09:05')).toBe(new Date(2026, 2, 14, 9, 5).toISOString());
    expect(parseMeeting('2026-03-14T15:30-05:00')).toBe('2026-03-14T20:30:00.000Z');
    expect(parseMeeting('2026-03-14T15:30:00.000Z')).toBe('2026-03-14T15:30:00.000Z');
    expect(parseMeeting('2026-03-14T15:30+0530')).toBe('2026-03-14T10:00:00.000Z');
    expect(parseMeeting('14 Mar 2026')).toBe(new Date(2026, 2, 14, 12, 0).toISOString());
    expect(parseMeeting('not a time')).toBeNull();
  });

  test('reads back what localDateTime writes, to the minute', () => {
    const meeting = new Date('2026-11-01T06:30:00Z');
    expect(localDateTime(meeting)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d[+-]\d\d:\d\d$/);
    expect(parseMeeting(localDateTime(meeting))).toBe(meeting.toISOString());
  });
});
