/** Dates as the conversations page shows them, in the page's language (<html lang>). */
import { isCalendarDate } from '../../../lib/conversations/entries';

const dayParts = { weekday: 'short', month: 'short', day: 'numeric' } as const;
// One formatter each, made once: toLocaleString() makes a new one on every call, which with
// hundreds of dates on a page is most of the time a change takes. In the page's language; the
// server (the island's first render) has no document, and no dates to show.
const lang = import.meta.env.SSR ? undefined : document.documentElement.lang;
const days = new Intl.DateTimeFormat(lang, dayParts);
const times = new Intl.DateTimeFormat(lang, {
  ...dayParts,
  hour: 'numeric',
  minute: '2-digit',
});

/** A local YYYY-MM-DD date, e.g. "Thu, Dec 3". */
export const showDay = (day: string) => days.format(new Date(`${day}T12:00`));

/** A log date: a calendar day, or a date-time with its time. */
export const showWhen = (at: string) =>
  isCalendarDate(at) ? showDay(at) : times.format(new Date(at));

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
