/**
 * A small iCalendar (RFC 5545) writer for reminders: CRLF line ends, TEXT escaping of
 * backslash, semicolon, comma and line breaks, lines folded at 75 octets without splitting a
 * UTF-8 character, a UID and a UTC DTSTAMP on every event, all-day (DATE) or UTC date-times.
 */
import { addDays, twoDigits as pad } from './dates';

/** A reminder: all-day on `date` (YYYY-MM-DD), or timed from `start` for `minutes`. */
export interface CalendarEvent {
  /** Globally unique and stable, so downloading again updates rather than duplicates. */
  uid: string;
  summary: string;
  description?: string;
  /** All-day event on this date (YYYY-MM-DD). */
  date?: string;
  /** Timed event start (written in UTC). */
  start?: Date;
  /** Length of a timed event. */
  minutes?: number;
  /** Show an alert: at the start of a timed event, at 9:00 on the day of an all-day one. */
  alarm?: boolean;
}

/** Escapes a TEXT value (RFC 5545 section 3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line so no line exceeds 75 octets, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const bytes = encoder.encode(ch).length;
    // Continuation lines start with a space, which counts towards their 75 octets.
    if (size + bytes > 75) {
      out.push(current);
      current = ' ';
      size = 1;
    }
    current += ch;
    size += bytes;
  }
  out.push(current);
  return out.join('\r\n');
}

/** A UTC DATE-TIME value: 20261203T140000Z. */
export function utcStamp(date: Date): string {
  return `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
}

/** A calendar file with the given events, ready to download as text/calendar. */
export function buildCalendar(
  events: readonly CalendarEvent[],
  options: { prodId: string; now?: Date },
): string {
  const stamp = utcStamp(options.now ?? new Date());
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(options.prodId)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  for (const e of events) {
    lines.push('BEGIN:VEVENT', `UID:${escapeText(e.uid)}`, `DTSTAMP:${stamp}`);
    if (e.start) {
      const end = new Date(e.start.getTime() + (e.minutes ?? 15) * 60_000);
      lines.push(`DTSTART:${utcStamp(e.start)}`, `DTEND:${utcStamp(end)}`);
    } else {
      const date = e.date ?? stamp.slice(0, 8).replace(/(\d{4})(\d\d)(\d\d)/, '$1-$2-$3');
      lines.push(
        `DTSTART;VALUE=DATE:${date.replace(/-/g, '')}`,
        `DTEND;VALUE=DATE:${addDays(date, 1).replace(/-/g, '')}`,
      );
    }
    lines.push(`SUMMARY:${escapeText(e.summary)}`);
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    if (e.alarm) {
      lines.push(
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `TRIGGER:${e.start ? 'PT0M' : 'PT9H'}`,
        `DESCRIPTION:${escapeText(e.summary)}`,
        'END:VALARM',
      );
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
