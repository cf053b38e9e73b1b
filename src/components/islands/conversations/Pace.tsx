import { useState } from 'preact/hooks';
import { maxPaceGoal, parseGoal } from '../../../lib/conversations/pace';
import type { ConversationsState } from '../../../lib/conversations/state';
import type { ConversationsText } from '../../../lib/strings/conversations';
import { fill } from '../../../lib/shared/fill';

/** This week's requests and conversations against the student's goal, and the gentle warning. */
export function Pace({ s, t }: { s: ConversationsState; t: ConversationsText }) {
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
    <section class="cv-pace" aria-labelledby="cv-pace-h">
      <h2 id="cv-pace-h">{t.pace.heading}</h2>
      <p>
        {fill(t.pace.line, {
          requests: pace.requests,
          goalRequests: pace.goal.requests,
          conversations: pace.conversations,
          goalConversations: pace.goal.conversations,
        })}
      </p>
      {pace.tooMany && (
        <p class="notice notice-warning">{fill(t.pace.tooMany, { requests: pace.requests })}</p>
      )}
      <details class="cv-goal">
        <summary>{t.pace.goal}</summary>
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
      </details>
    </section>
  );
}
