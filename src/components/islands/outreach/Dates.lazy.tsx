import type { Translation } from '../../../lib/i18n/lang';
import { useMemo } from 'preact/hooks';
import { localDateTime } from '../../../lib/conversations/dates';
import { dayOf } from '../../../lib/conversations/entries';
import { stepText, type StepWords } from '../../../lib/conversations/steps';
import { createOutreachDates, sentKinds } from '../../../lib/outreach/dates';
import type { OutreachState } from '../../../lib/outreach/state';
import type { PlanStore } from '../../../lib/plans/state';
import type { reminders as reminderText, ui as uiText } from '../../../lib/strings/outreach';
import { fill } from '../../../lib/shared/fill';
import { downloadFile } from '../runtime/actions/download';

/** A YYYY-MM-DD date or a Date, spelled out in the page's language. */
const day = (d: string | Date, time = false) =>
  (typeof d === 'string' ? new Date(`${d}T12:00`) : d).toLocaleString(
    document.documentElement.lang,
    {
      weekday: 'long',
      month: 'long',
      day: 'numeric',
      ...(time ? { hour: 'numeric', minute: '2-digit' } : {}),
    },
  );

/** A log date (a day, or a time with its offset) as the student's day. */
const logDay = (at: string) => day(dayOf(at));

/**
 * What happened and what is due, from the conversation's log: mark this kind of message sent,
 * the meeting time (until the talk is logged), what the log says was sent, the next step as
 * Today says it, the dates that follow, and the calendar file. Loaded when the section comes
 * into view (see Outreach.tsx); it re-renders with the tool.
 */
export function Dates({
  s,
  store,
  ui,
  reminders,
  stepWords,
  say,
}: {
  s: OutreachState;
  store: PlanStore;
  ui: Translation<typeof uiText>;
  reminders: Translation<typeof reminderText>;
  stepWords: StepWords;
  say: (message: string) => void;
}) {
  const d = useMemo(() => createOutreachDates(store, s.template), [store, s]);
  const t = s.template.value;
  const dates = d.dates.value;
  const { meetingAt, talkedAt, next } = d.status.value;
  const sent = d.sent.value;
  const log = d.sentLog.value;
  const download = async () => {
    const ics = await d.calendar(reminders, location.hostname || 'localhost');
    if (!ics) return;
    downloadFile(reminders.fileName, ics, 'text/calendar;charset=utf-8');
    say(ui.downloaded);
  };
  // Dates a calendar reminder can hold.
  const due = dates.nudge || dates.closeBy || dates.thanksBy || dates.keepInTouch;
  /** What the log says was sent of one kind of message, whichever tool logged it. */
  const sentLine = (kind: 'nudge' | 'thanks' | 'update') => {
    const e = log[sentKinds[kind]];
    return e && fill(ui.sentKind[kind], { date: logDay(e.at) });
  };
  // What happened, in the order it usually does; then what comes next.
  const when = [
    dates.sentOn && fill(ui.sentOn, { date: day(dates.sentOn) }),
    sentLine('nudge'),
    talkedAt && fill(ui.talkedOn, { date: logDay(talkedAt) }),
    sentLine('thanks'),
    sentLine('update'),
    // The thank-you's deadline, to the hour when the time of the talk is known (the next step
    // already gives its day).
    dates.thanksBy &&
      (typeof dates.thanksBy !== 'string' || next?.kind !== 'thank') &&
      fill(ui.thanksBy, { date: day(dates.thanksBy, typeof dates.thanksBy !== 'string') }),
    next?.kind !== 'update' &&
      dates.keepInTouch &&
      fill(ui.updateOn, { date: day(dates.keepInTouch) }),
  ].filter(Boolean);
  return (
    <section class={`or-dates${when.length ? '' : ' no-print'}`} aria-labelledby="or-dates-h">
      <h2 id="or-dates-h">{ui.datesHeading}</h2>
      <p class="no-print">
        <button
          type="button"
          onClick={() => {
            d.markSent(!sent);
            say(sent ? ui.unmarkedSent : ui.markedSent);
          }}
        >
          {sent ? ui.unmarkSent : ui.markSent[t.stage]}
        </button>
      </p>
      {!talkedAt && (
        <div class="or-field no-print">
          <label for="or-meeting">{ui.meeting}</label>
          <input
            id="or-meeting"
            type="datetime-local"
            // Local date and time without the offset, as the input takes them.
            value={meetingAt ? localDateTime(new Date(meetingAt)).slice(0, 16) : ''}
            onChange={(e) => d.setMeeting(e.currentTarget.value)}
          />
        </div>
      )}
      {when.length > 0 && (
        <ul class="or-when">
          {when.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {next && (
        <p class="or-next">
          {fill(ui.nextStep, {
            step: stepText(s.plan.value, next.kind, stepWords),
            date: day(next.due),
          })}
        </p>
      )}
      {due && (
        <button type="button" class="no-print" onClick={download}>
          {ui.download}
        </button>
      )}
      {!when.length && <p class="or-hint no-print">{ui.noDates}</p>}
    </section>
  );
}
