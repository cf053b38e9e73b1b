import { useEffect, useRef, useState } from 'preact/hooks';
import type { ConversationsState } from '../../../lib/conversations/state';
import type { TodayItem } from '../../../lib/conversations/today';
import type { ConversationsText } from '../../../lib/strings/conversations';
import { fill } from '../../../lib/shared/fill';
import { showWhen } from './format';
import { recordMeeting } from '../../../lib/conversations/record';
import { addEntry, withConversation } from '../../../lib/conversations/actions.lazy';
import { localDate } from '../../../lib/shared/dates';

/**
 * Today's "Did you talk with Kai?" answered "It moved" (the new time) or "It did not happen"
 * (find a new time, or close it for now): a new 'scheduled' entry, or a 'closed' one (reason
 * paused, so it can be reopened). Loaded when the student picks one of the two.
 */
export function TalkAnswer({
  item,
  s,
  t,
  name,
  moved,
  run,
}: {
  item: TodayItem;
  s: ConversationsState;
  t: ConversationsText;
  name: string;
  moved: boolean;
  run: (saved: boolean | Promise<boolean>, message: string) => void;
}) {
  const [asking, setAsking] = useState(moved);
  const [problem, setProblem] = useState('');
  const first = useRef<HTMLInputElement & HTMLButtonElement>(null);
  // The answer's first control takes focus from the button that opened it, which is gone.
  useEffect(() => first.current?.focus(), [asking]);
  const id = `cv-time-${item.plan.id}`;
  if (!asking)
    return (
      <span class="cv-item-actions">
        <span class="cv-item-note">{t.today.missedText}</span>
        <button type="button" ref={first} onClick={() => setAsking(true)}>
          {t.today.reschedule}
        </button>
        <button
          type="button"
          onClick={() =>
            run(
              s.change(item.plan.id, (p) =>
                addEntry(
                  p,
                  { kind: 'closed', at: localDate(s.clock()), reason: 'paused' },
                  s.newId,
                ),
              ),
              fill(t.today.closed, { name }),
            )
          }
        >
          {t.today.closeNow}
        </button>
      </span>
    );
  return (
    <form
      class="cv-item-actions cv-move"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const value = first.current!.value;
        const when = new Date(value);
        if (!value || Number.isNaN(when.getTime())) {
          setProblem(t.today.needTime);
          return first.current!.focus();
        }
        const at = when.toISOString();
        run(
          s.change(item.plan.id, (p) => withConversation(p, recordMeeting(p, at, s.clock()))),
          fill(t.today.movedTo, { name, date: showWhen(at) }),
        );
      }}
    >
      <label for={id}>{t.today.newTime}</label>
      <input
        id={id}
        ref={first}
        type="datetime-local"
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-p` : undefined}
      />
      {problem && (
        <span id={`${id}-p`} class="cv-problem">
          {problem}
        </span>
      )}
      <button type="submit">{t.today.saveTime}</button>
    </form>
  );
}
