import { useState } from 'preact/hooks';
import type { PaceGoal } from './PaceGoal.lazy';
import type { ConversationsState } from '../../../lib/conversations/state';
import type { ConversationsText } from '../../../lib/strings/conversations';
import { fill } from '../../../lib/shared/fill';

/** This week's requests and conversations against the student's goal, and the gentle warning. */
export function Pace({ s, t }: { s: ConversationsState; t: ConversationsText }) {
  const pace = s.pace.value;
  const [Goal, setGoal] = useState<typeof PaceGoal | null>(null);
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
      <details
        class="cv-goal"
        onToggle={() => {
          if (!Goal) void import('./PaceGoal.lazy').then((m) => setGoal(() => m.PaceGoal));
        }}
      >
        <summary>{t.pace.goal}</summary>
        {Goal && <Goal s={s} t={t} />}
      </details>
    </section>
  );
}
