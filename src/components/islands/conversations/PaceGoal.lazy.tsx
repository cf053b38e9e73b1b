import { useState } from 'preact/hooks';
import { maxPaceGoal, parseGoal } from '../../../lib/conversations/pace';
import type { ConversationsState } from '../../../lib/conversations/state';
import type { ConversationsText } from '../../../lib/strings/conversations';

/** The weekly goal's two fields, loaded when the student opens "Weekly goal". */
export function PaceGoal({ s, t }: { s: ConversationsState; t: ConversationsText }) {
  const pace = s.pace.value;
  const [bad, setBad] = useState<string | null>(null);
  const field = (key: 'requests' | 'conversations', label: string) => (
    <div class="cv-field">
      <label for={`cv-goal-${key}`}>{label}</label>
      <input
        id={`cv-goal-${key}`}
        type="number"
        inputMode="numeric"
        min={1}
        max={maxPaceGoal}
        step={1}
        value={pace.goal[key]}
        aria-invalid={bad === key ? 'true' : undefined}
        aria-describedby={bad === key ? 'cv-goal-problem' : 'cv-goal-hint'}
        onChange={(e) => {
          const value = parseGoal(e.currentTarget.value, Number.NaN);
          if (Number.isNaN(value)) return setBad(key);
          setBad(null);
          s.setGoal({ [key]: value });
        }}
      />
    </div>
  );
  return (
    <>
      <div class="cv-add-row">
        {field('requests', t.pace.goalRequests)}
        {field('conversations', t.pace.goalConversations)}
      </div>
      <p id="cv-goal-hint" class="cv-hint">
        {t.pace.goalHint}
      </p>
      {bad && (
        <p id="cv-goal-problem" class="cv-problem">
          {t.pace.goalBad}
        </p>
      )}
    </>
  );
}
