/** Dates as the conversations page shows them, in the reader's language. */
import { isCalendarDate } from '../../../lib/conversations/entries';

const dayParts = { weekday: 'short', month: 'short', day: 'numeric' } as const;

/** A local YYYY-MM-DD date, e.g. "Thu, Dec 3". */
export const showDay = (day: string) =>
  new Date(`${day}T12:00`).toLocaleDateString(undefined, dayParts);

/** A log date: a calendar day, or a date-time with its time. */
export const showWhen = (at: string) =>
  isCalendarDate(at)
    ? showDay(at)
    : new Date(at).toLocaleString(undefined, { ...dayParts, hour: 'numeric', minute: '2-digit' });

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
