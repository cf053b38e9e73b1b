import { localDateTimeInput } from '../../../lib/outreach/followup';
import type { OutreachState } from '../../../lib/outreach/state';
import type { reminders as reminderText, ui as uiText } from '../../../lib/strings/outreach';
import { fill } from '../../../lib/shared/fill';
import { downloadFile } from '../runtime/actions/download';

/** A YYYY-MM-DD date or a Date, spelled out in the reader's language. */
const day = (d: string | Date, time = false) =>
  (typeof d === 'string' ? new Date(`${d}T12:00`) : d).toLocaleString(undefined, {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    ...(time ? { hour: 'numeric', minute: '2-digit' } : {}),
  });

/** Follow-up dates: mark the request sent, the meeting time, what is due when, calendar file. */
export function Dates({
  s,
  ui,
  reminders,
  say,
}: {
  s: OutreachState;
  ui: typeof uiText;
  reminders: typeof reminderText;
  say: (message: string) => void;
}) {
  const o = s.outreach.value;
  const t = s.template.value;
  const dates = s.dates.value;
  const download = async () => {
    const ics = await s.calendar(reminders, location.hostname || 'localhost');
    if (!ics) return;
    downloadFile(reminders.fileName, ics, 'text/calendar;charset=utf-8');
    say(ui.downloaded);
  };
  return (
    <section
      class={`or-dates${dates.nudge || dates.thanksBy || o.sentAt ? '' : ' no-print'}`}
      aria-labelledby="or-dates-h"
    >
      <h2 id="or-dates-h">{ui.datesHeading}</h2>
      {t.stage === 'first' && (
        <p class="no-print">
          <button
            type="button"
            onClick={() => {
              void s.markSent(o.sentAt ? null : new Date());
              say(o.sentAt ? '' : ui.markedSent);
            }}
          >
            {o.sentAt ? ui.unmarkSent : ui.markSent}
          </button>
        </p>
      )}
      <div class="or-field no-print">
        <label for="or-meeting">{ui.meeting}</label>
        <input
          id="or-meeting"
          type="datetime-local"
          value={o.meetingAt ? localDateTimeInput(new Date(o.meetingAt)) : ''}
          onChange={(e) => void s.setMeeting(e.currentTarget.value)}
        />
      </div>
      {(o.sentAt || dates.nudge || dates.thanksBy || dates.keepInTouch) && (
        <ul class="or-when">
          {o.sentAt && <li>{fill(ui.sentOn, { date: day(o.sentAt) })}</li>}
          {dates.nudge && <li>{fill(ui.nudgeOn, { date: day(dates.nudge) })}</li>}
          {dates.thanksBy && <li>{fill(ui.thanksBy, { date: day(dates.thanksBy, true) })}</li>}
          {dates.keepInTouch && <li>{fill(ui.updateOn, { date: day(dates.keepInTouch) })}</li>}
        </ul>
      )}
      {dates.nudge || dates.thanksBy ? (
        <button type="button" class="no-print" onClick={download}>
          {ui.download}
        </button>
      ) : (
        <p class="or-hint no-print">{ui.noDates}</p>
      )}
    </section>
  );
}
