/**
 * Reading a plan's log: what its dates mean and the order its entries go in. Writing entries is
 * in ./record.ts, which loads with the actions that write.
 */
import { localDate } from '../shared/dates';
import { logKinds, type LogEntry } from './log';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a value is a calendar date (YYYY-MM-DD) rather than a date-time. */
export function isCalendarDate(value: string): boolean {
  return isoDate.test(value);
}

/**
 * The moment a log date stands for: an instant as given (with its offset), a calendar date as
 * the start of that day on the student's clock. NaN when it cannot be read.
 */
export function instantOf(value: string): number {
  let t = instants.get(value);
  if (t === undefined) {
    if (isCalendarDate(value)) {
      const [y, m, d] = value.split('-').map(Number);
      t = new Date(y, m - 1, d).getTime();
    } else t = value ? new Date(value).getTime() : Number.NaN;
    instants.set(value, t);
  }
  return t;
}
// Reading a date in local time is slow next to the rest of the stage rules, and a campaign's
// logs repeat the same days: each date is read once per page (the cache holds a few thousand
// strings at most). The time zone does not change while a page is open.
const instants = new Map<string, number>();

/**
 * The calendar date of a log date on the student's clock (a calendar date stays as written); ''
 * when it cannot be read.
 */
export function dayOf(value: string): string {
  if (isCalendarDate(value)) return value;
  return isReadableDate(value) ? localDate(new Date(instantOf(value))) : '';
}

/** Whether a log date can be read at all. */
export function isReadableDate(value: string): boolean {
  return !Number.isNaN(instantOf(value));
}

/**
 * A log in the order things happened, by date (not by the order they were typed), with
 * unreadable dates left out. On one day, two entries with a time go by their times; otherwise
 * (a day and a time, or two days) in the order of {@link logKinds}: a thank-you logged for today goes
 * after a conversation held at 3 pm today. Used by the stage rules and by the CSV import, for
 * whatever entry shape each has.
 */
export function sortedLog<E extends Pick<LogEntry, 'kind' | 'at'>>(log: readonly E[]): E[] {
  if (log.length < 2) return log.filter((e) => isReadableDate(e.at));
  return log
    .map((entry, index) => ({ entry, index, t: instantOf(entry.at), day: '' }))
    .filter((x) => (x.day = dayOf(x.entry.at)))
    .sort(
      (a, b) =>
        (a.day < b.day ? -1 : a.day > b.day ? 1 : 0) ||
        (isCalendarDate(a.entry.at) || isCalendarDate(b.entry.at) ? 0 : a.t - b.t) ||
        logKinds.indexOf(a.entry.kind) - logKinds.indexOf(b.entry.kind) ||
        a.index - b.index,
    )
    .map((x) => x.entry);
}
