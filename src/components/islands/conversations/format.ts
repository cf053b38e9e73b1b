/** Dates as the conversations page shows them, in the page's language (<html lang>). */
import { isCalendarDate } from '../../../lib/conversations/entries';

const dayParts = { weekday: 'short', month: 'short', day: 'numeric' } as const;
// One formatter each, made once: toLocaleString() makes a new one on every call, which with
// hundreds of dates on a page is most of the time a change takes. Made on first use, not as the
// page's script starts: the first date formatter a page makes loads the language's calendar
// data, a long task on a phone, which the page runs on its own (ConversationsTool.astro). In
// the page's language; the server (the island's first render) shows no dates.
let days: Intl.DateTimeFormat | undefined;
let times: Intl.DateTimeFormat | undefined;

/** A local YYYY-MM-DD date, e.g. "Thu, Dec 3". */
export const showDay = (day: string) =>
  (days ??= new Intl.DateTimeFormat(document.documentElement.lang, dayParts)).format(
    new Date(`${day}T12:00`),
  );

/** A log date: a calendar day, or a date-time with its time. */
export const showWhen = (at: string) =>
  isCalendarDate(at)
    ? showDay(at)
    : (times ??= new Intl.DateTimeFormat(document.documentElement.lang, {
        ...dayParts,
        hour: 'numeric',
        minute: '2-digit',
      })).format(new Date(at));

/**
 * Says `done` once a change is saved, or `failed` when storage had no room for it (`saved` is
 * a promise for the one-click actions, which load on first use).
 */
export const sayOnceSaved = (
  saved: boolean | Promise<boolean>,
  say: (message: string) => void,
  done: string,
  failed: string,
) => void Promise.resolve(saved).then((ok) => say(ok ? done : failed));

/**
 * After the next render, focuses what the student reads next: the first heading, link or
 * button of `item()`, else the element with the id `fallback`. Never leaves focus on the page.
 */
export const focusNext = (item: () => Element | undefined, fallback = 'cv-today-h') =>
  requestAnimationFrame(() =>
    (
      item()?.querySelector<HTMLElement>('h3, a, button') ?? document.getElementById(fallback)
    )?.focus(),
  );
