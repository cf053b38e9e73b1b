import { useState } from 'preact/hooks';
import {
  addChecklistStep,
  addSuggestion,
  hasChecklistStep,
  planFromSuggestion,
  removeSuggestion,
  setDebrief,
} from '../../../lib/conversations/debrief';
import type { Suggestion } from '../../../lib/conversations/log';
import type { ConversationsState } from '../../../lib/conversations/state';
import { textLimits, type Plan } from '../../../lib/plans/plan';
import { fill } from '../../../lib/shared/fill';
import { useFocusAfterRender } from '../runtime/useFocusAfterRender';
import { AddRow, TextField, type RowPartProps } from './RowForm';
import { sayOnceSaved } from './format';

/** One of the debrief's notes (what I learned, the advice): saved as it is typed. */
function Note({
  plan,
  s,
  field,
  label,
}: {
  plan: Plan;
  s: ConversationsState;
  field: 'learned' | 'advice';
  label: string;
}) {
  const id = `cv-${field}-${plan.id}`;
  return (
    <div class="cv-field">
      <label for={id}>{label}</label>
      <textarea
        id={id}
        rows={3}
        value={plan.conversation.debrief[field]}
        onInput={(e) => s.change(plan.id, (p) => setDebrief(p, { [field]: e.currentTarget.value }))}
      />
    </div>
  );
}

/**
 * The debrief after a conversation: what I learned, the advice, what I will do next (each can
 * become a checklist step) and the names they suggested (each can become a referral plan).
 */
export function Debrief({ plan, s, t, name, say }: RowPartProps) {
  const d = plan.conversation.debrief;
  const td = t.debrief;
  const id = (part: string) => `cv-${part}-${plan.id}`;
  const [step, setStep] = useState('');
  const [suggested, setSuggested] = useState('');
  const [note, setNote] = useState('');
  const focus = useFocusAfterRender();
  const saved = (ok: boolean, message: string) => sayOnceSaved(ok, say, message, t.notSaved);
  /** Makes the suggested name a plan, and says so by the name the new plan has. */
  const makeReferral = (x: Suggestion) => {
    const made = planFromSuggestion(plan, x.id, td.tellStep, s.clock(), s.newId);
    saved(
      !!made && s.save([made.source], [made.created]),
      fill(td.made, { name: made?.created.person.name ?? x.name, referrer: name }),
    );
  };

  return (
    <>
      <p class="cv-hint">{td.intro}</p>
      <Note plan={plan} s={s} field="learned" label={td.learned} />
      <Note plan={plan} s={s} field="advice" label={td.advice} />

      <h4 id={id('next-h')}>{td.nextSteps}</h4>
      {d.nextSteps.length > 0 && (
        <ul class="cv-history" aria-labelledby={id('next-h')}>
          {d.nextSteps.map((text, i) => {
            const inList = hasChecklistStep(plan, text);
            return (
              <li key={`${i}-${text}`}>
                <span>{text}</span>{' '}
                {inList ? (
                  <span class="cv-hint">{td.inChecklist}</span>
                ) : (
                  <button
                    type="button"
                    class="cv-small"
                    aria-label={fill(td.toChecklistLabel, { text })}
                    onClick={() =>
                      saved(
                        s.change(plan.id, (p) => addChecklistStep(p, text, s.newId)),
                        fill(td.stepAdded, { text }),
                      )
                    }
                  >
                    {td.toChecklist}
                  </button>
                )}{' '}
                <button
                  type="button"
                  class="cv-small"
                  aria-label={fill(td.removeStepLabel, { text })}
                  onClick={() => {
                    saved(
                      s.change(plan.id, (p) =>
                        setDebrief(p, {
                          nextSteps: d.nextSteps.filter((_, j) => j !== i),
                        }),
                      ),
                      '',
                    );
                    focus(id('step'));
                  }}
                >
                  {td.removeStep}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <AddRow
        add={() => {
          const text = step.trim();
          if (!text) return;
          if (s.change(plan.id, (p) => setDebrief(p, { nextSteps: [...d.nextSteps, text] })))
            setStep('');
          else say(t.notSaved);
        }}
      >
        <TextField
          id={id('step')}
          label={td.nextStep}
          value={step}
          max={textLimits.step}
          wide
          set={setStep}
        />
        <button type="submit">{td.addStep}</button>
      </AddRow>

      <h4 id={id('names-h')}>{td.suggested}</h4>
      {d.suggested.length > 0 && (
        <ul class="cv-history" aria-labelledby={id('names-h')}>
          {d.suggested.map((x) => (
            <li key={x.id}>
              <span>
                <strong>{x.name}</strong>
                {x.note && `, ${x.note}`}
              </span>{' '}
              {x.planId ? (
                <span class="cv-hint">{td.planMade}</span>
              ) : (
                <>
                  <button
                    type="button"
                    class="cv-small"
                    aria-label={fill(td.makePlanLabel, { name: x.name })}
                    onClick={() => makeReferral(x)}
                  >
                    {td.makePlan}
                  </button>{' '}
                  <button
                    type="button"
                    class="cv-small"
                    aria-label={fill(td.removeNameLabel, { name: x.name })}
                    onClick={() => {
                      saved(
                        s.change(plan.id, (p) => removeSuggestion(p, x.id)),
                        '',
                      );
                      focus(id('suggested'));
                    }}
                  >
                    {td.removeName}
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <AddRow
        add={() => {
          if (!suggested.trim()) return;
          if (s.change(plan.id, (p) => addSuggestion(p, suggested, note, s.newId))) {
            setSuggested('');
            setNote('');
            focus(id('suggested'));
          } else say(t.notSaved);
        }}
      >
        <TextField
          id={id('suggested')}
          label={td.suggestedName}
          value={suggested}
          set={setSuggested}
        />
        <TextField id={id('suggested-note')} label={td.suggestedNote} value={note} set={setNote} />
        <button type="submit">{td.addName}</button>
      </AddRow>
    </>
  );
}
