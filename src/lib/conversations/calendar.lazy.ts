/**
 * One calendar file of every upcoming dated next step across the student's conversations, the
 * conversation itself at its time. Each event's UID is the plan's id and the step's key, so
 * opening a newer file updates the events already in the calendar instead of adding copies.
 * Loaded only when the student downloads it.
 */
import type { ConversationStatus } from './log';
import type { Plan } from '../plans/plan';
import { buildCalendar, type CalendarEvent } from '../shared/ics.lazy';
import { localDate } from '../shared/dates';
import { fill } from '../shared/fill';
import type { nextStepText } from '../strings/conversations';

/**
 * The words of the calendar file in one language: plain text, so a page passes its own language's
 * (`calendarText` and `nextStepText` of strings('conversations', lang)) as a prop.
 */
export interface CalendarWords {
  calendar: { prodId: string; fallbackName: string; more: string };
  nextSteps: Readonly<Record<keyof typeof nextStepText, string>>;
}

/** The events: one per plan whose next step is due today or later, in date order. */
export function calendarEvents(
  items: readonly { plan: Plan; status: ConversationStatus }[],
  options: { host: string; now?: Date; words: CalendarWords },
): CalendarEvent[] {
  const { calendar, nextSteps } = options.words;
  const now = options.now ?? new Date();
  const today = localDate(now);
  const events: CalendarEvent[] = [];
  for (const { plan, status } of items) {
    const next = status.next;
    if (!next) continue;
    const start = next.at ? new Date(next.at) : null;
    // Overdue steps are left out: the page's Today list shows them, a calendar would bury them.
    if (start ? start.getTime() < now.getTime() : next.due < today) continue;
    const { name, role, organization } = plan.person;
    const who = name.trim() || plan.name.trim() || calendar.fallbackName;
    const about = [role, organization].filter((s) => s.trim()).join(', ');
    events.push({
      uid: `${plan.id}-${next.key}@${options.host}`,
      summary: fill(nextSteps[next.kind], { name: who }),
      description: [about, calendar.more].filter(Boolean).join('\n'),
      ...(start
        ? { start, minutes: plan.outreach.askMinutes > 0 ? plan.outreach.askMinutes : 20 }
        : { date: next.due }),
      alarm: true,
    });
  }
  const when = (e: CalendarEvent) => (e.start ?? new Date(`${e.date}T00:00`)).getTime();
  return events.sort((a, b) => when(a) - when(b));
}

/** The .ics text of {@link calendarEvents} and how many it holds, or null when none is upcoming. */
export function calendarFile(
  items: readonly { plan: Plan; status: ConversationStatus }[],
  options: { host: string; now?: Date; words: CalendarWords },
): { text: string; count: number } | null {
  const events = calendarEvents(items, options);
  return events.length
    ? {
        text: buildCalendar(events, {
          prodId: options.words.calendar.prodId,
          now: options.now,
        }),
        count: events.length,
      }
    : null;
}
