/**
 * Calendar reminders for the follow-up dates. Loaded with the calendar writer only when the
 * student downloads reminders.
 */
import type { CalendarEvent } from '../shared/ics.lazy';
import type { FollowUps } from './dates';

/** Wording for the reminders; `{name}` is replaced by the person's name. */
export interface ReminderText {
  nudge: string;
  nudgeDetail: string;
  close: string;
  closeDetail: string;
  thanks: string;
  thanksDetail: string;
  update: string;
  updateDetail: string;
}

/** Calendar reminders for the follow-up dates that are known. */
export function reminderEvents(
  dates: FollowUps,
  text: ReminderText,
  options: { planId: string; name: string; host: string },
): CalendarEvent[] {
  const say = (s: string) => s.replace(/\{name\}/g, options.name);
  const uid = (kind: string) => `${options.planId}-${kind}@${options.host}`;
  const events: CalendarEvent[] = [];
  if (dates.nudge)
    events.push({
      uid: uid('nudge'),
      date: dates.nudge,
      summary: say(text.nudge),
      description: say(text.nudgeDetail),
      alarm: true,
    });
  if (dates.closeBy)
    events.push({
      uid: uid('close'),
      date: dates.closeBy,
      summary: say(text.close),
      description: say(text.closeDetail),
      alarm: true,
    });
  if (dates.thanksFrom)
    events.push({
      uid: uid('thanks'),
      // A time once the conversation ends; the day itself when only the day is known.
      ...(typeof dates.thanksFrom === 'string'
        ? { date: dates.thanksFrom }
        : { start: dates.thanksFrom, minutes: 15 }),
      summary: say(text.thanks),
      description: say(text.thanksDetail),
      alarm: true,
    });
  if (dates.keepInTouch)
    events.push({
      uid: uid('update'),
      date: dates.keepInTouch,
      summary: say(text.update),
      description: say(text.updateDetail),
      alarm: true,
    });
  return events;
}
