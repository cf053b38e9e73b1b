/**
 * Dates as people type them into spreadsheets: ISO (2026-03-14, 2026-03-14T15:30-05:00),
 * US month/day/year (3/14/2026, 3/14/26 2:30 PM) and day-month-name (14 Mar 2026, as LinkedIn's
 * Connections.csv writes "Connected On"), or month-name-day (Mar 14, 2026). Day/month/year with
 * slashes is not read, since 3/4/2026 would be ambiguous; the US order is what career centers'
 * sheets and US spreadsheet programs write.
 */
import { localDate, twoDigits as pad } from '../shared/dates';

const monthNames = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** A date and time of day as read, before it is placed on a clock. */
interface When {
  y: number;
  m: number;
  d: number;
  /** Hours and minutes, if a time was given. */
  time: [number, number] | null;
  /** The instant, when the text gave its offset from UTC (Z or ±hh:mm). */
  instant: Date | null;
}

const time = String.raw`(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([ap])?\.?m?\.?\s*(Z|[+-]\d{2}:?\d{2})?)?`;
const iso = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${time}$`, 'i');
const us = new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})${time}$`, 'i');
const dayMonth = new RegExp(String.raw`^(\d{1,2})[ -]([a-z]{3,9})\.?,?[ -](\d{4})${time}$`, 'i');
const monthDay = new RegExp(String.raw`^([a-z]{3,9})\.? (\d{1,2}),? (\d{4})${time}$`, 'i');

/** 1 to 12 for a month's name or its abbreviation (three letters or more), 0 if none. */
function monthNumber(name: string): number {
  const n = name.toLowerCase();
  return monthNames.findIndex((full) => n.length >= 3 && full.startsWith(n)) + 1;
}

/** Reads a date (and time) in one of the formats above; null when it is none of them. */
function read(text: string): When | null {
  const s = text.trim().replace(/\s+/g, ' ');
  let y: number, m: number, d: number, rest: string[];
  let match: RegExpExecArray | null;
  if ((match = iso.exec(s))) [y, m, d, rest] = [+match[1], +match[2], +match[3], match.slice(4)];
  else if ((match = us.exec(s))) {
    y = +match[3] < 100 ? 2000 + +match[3] : +match[3];
    [m, d, rest] = [+match[1], +match[2], match.slice(4)];
  } else if ((match = dayMonth.exec(s)))
    [y, m, d, rest] = [+match[3], monthNumber(match[2]), +match[1], match.slice(4)];
  else if ((match = monthDay.exec(s)))
    [y, m, d, rest] = [+match[3], monthNumber(match[1]), +match[2], match.slice(4)];
  else return null;
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (m < 1 || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return null;
  const [hh, mm, ss, half, offset] = rest;
  if (hh === undefined) return { y, m, d, time: null, instant: null };
  let h = +hh;
  const min = +mm;
  if (half) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (half.toLowerCase() === 'p' ? 12 : 0);
  }
  if (h > 23 || min > 59 || (ss !== undefined && +ss > 59)) return null;
  let instant: Date | null = null;
  if (offset) {
    const digits = offset.replace(/\D/g, '');
    const off =
      offset.toUpperCase() === 'Z'
        ? 0
        : (offset[0] === '-' ? -1 : 1) * (+digits.slice(0, 2) * 60 + +digits.slice(2));
    instant = new Date(Date.UTC(y, m - 1, d, h, min, +(ss ?? 0)) - off * 60_000);
  }
  return { y, m, d, time: [h, min], instant };
}

/** The day (YYYY-MM-DD) a typed date stands for, on the student's clock; null if unreadable. */
export function parseDay(text: string): string | null {
  const w = read(text);
  if (!w) return null;
  return w.instant ? localDate(w.instant) : `${w.y}-${pad(w.m)}-${pad(w.d)}`;
}

/**
 * The instant (ISO, UTC) a typed meeting time stands for; a time without an offset is the
 * student's local time, and a date without a time is taken as noon. Null if unreadable.
 */
export function parseMeeting(text: string): string | null {
  const w = read(text);
  if (!w) return null;
  const [h, min] = w.time ?? [12, 0];
  return (w.instant ?? new Date(w.y, w.m - 1, w.d, h, min)).toISOString();
}

/** A moment as a local ISO date-time with its offset, to the minute: 2026-03-14T15:30-05:00. */
export function localDateTime(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${localDate(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
