import { useState } from 'preact/hooks';
import {
  addStep,
  loggedSteps,
  planSteps,
  printedHeading,
  progress,
  removeStep,
  resetChecklist,
  stages,
  tick,
  type Progress,
  type Step,
} from '../../../lib/checklist/checklist';
import { makeId } from '../../../lib/plans/record';
import { fill } from '../../../lib/shared/fill';
import { useFocusAfterRender } from '../runtime/useFocusAfterRender';
import { useSignals } from '../runtime/useSignals';
import { PrintedIntroduction } from '../introduction/PrintedIntroduction';
import { PlanFields } from '../plans/PlanFields';
import { textLimits, type ChecklistSection } from '../../../lib/plans/plan';
import type { ChecklistText } from '../../../lib/strings/checklist';
import { usePlans } from '../plans/usePlans';
import './Checklist.css';
import { defineIsland } from '../runtime/define';

/** A collection step with the title of its guide, when that guide is published. */
export type ChecklistStep = Step & { guideTitle?: string };

const empty: ChecklistSection = { done: [], custom: [], notes: '' };

/** A log date (a day, or a time with its offset) as the day it fell on, e.g. "December 7, 2026". */
// Its own few lines, not entries.ts's dayOf: importing that would load the stage rules' chunk.
const showLogDay = (at: string) =>
  new Date(at.length > 10 ? at : `${at}T12:00`).toLocaleDateString(document.documentElement.lang, {
    dateStyle: 'long',
  });

/**
 * The prep checklist for the current plan: ticks, progress (announced), the student's own
 * steps, notes, and reset with confirmation and undo. The server renders the whole list, so
 * it reads and prints without JavaScript; saved state is applied after mount.
 */
export default function Checklist({
  steps,
  text: t,
}: {
  steps: ChecklistStep[];
  text: ChecklistText;
}) {
  const state = usePlans();
  const [status, setStatus] = useState('');
  const [undo, setUndo] = useState<ChecklistSection | null>(null);
  const plan = useSignals(() => state?.current.value, [state]);
  const section = plan?.checklist ?? empty;
  const heading = plan && printedHeading(plan);
  const all = planSteps(steps, section);
  // What the conversation log shows happened is done, ticked or not.
  const logged = loggedSteps(all, plan?.conversation.log ?? []);
  const done = (c: ChecklistSection) => [...c.done, ...logged.keys()];
  const p = progress(all, done(section));
  const update = (fn: (s: ChecklistSection) => ChecklistSection, message?: string) => {
    state!.updateSection('checklist', fn);
    const s = state!.current.value.checklist;
    setStatus(message ?? fill(t.announce, progress(planSteps(steps, s), done(s)).all));
  };
  const focus = useFocusAfterRender();
  const bar = (what: string, n: Progress, title?: string) => (
    <p class="checklist-progress">
      {title && <strong>{title}</strong>}
      <progress aria-label={fill(t.progressOf, { what })} max={n.total} value={n.done} />
      <span>{fill(t.progress, n)}</span>
    </p>
  );

  return (
    <PlanFields ready={!!state}>
      <div class="checklist">
        {heading && (
          <p class="print-only">
            <strong>{heading.plan}</strong> {heading.person}
          </p>
        )}
        <PrintedIntroduction plans={state} heading={t.introduction} />
        {bar(t.overall, p.all, t.overall)}
        {stages.map((stage) => (
          <section key={stage} aria-labelledby={`stage-${stage}`}>
            <h2 id={`stage-${stage}`}>{t.stages[stage]}</h2>
            {bar(t.stages[stage], p[stage])}
            <ul class="checklist-steps">
              {all
                .filter((s) => s.stage === stage)
                .map((s: ChecklistStep) => {
                  const at = logged.get(s.id);
                  return (
                    <li key={s.id}>
                      <input
                        type="checkbox"
                        id={`c-${s.id}`}
                        checked={!!at || section.done.includes(s.id)}
                        disabled={!!at}
                        aria-describedby={at && `c-${s.id}-log`}
                        onChange={(e) => update((c) => tick(c, s.id, e.currentTarget.checked))}
                      />
                      <div>
                        <label for={`c-${s.id}`}>{s.text}</label>
                        {s.timing && <span class="checklist-timing">{s.timing}</span>}
                        {at && (
                          <span class="checklist-logged" id={`c-${s.id}-log`}>
                            {fill(t.logged, { date: showLogDay(at) })}
                          </span>
                        )}
                        {s.why && (
                          <p class="checklist-why">
                            {s.why}{' '}
                            {s.href && (
                              <a href={s.href} class="no-print">
                                {fill(t.guide, { title: s.guideTitle! })}
                              </a>
                            )}
                            {s.tool && (
                              <>
                                {' '}
                                <a href={s.tool.href} class="no-print">
                                  {fill(t.tool, s.tool)}
                                </a>
                              </>
                            )}
                          </p>
                        )}
                        {s.custom && (
                          <button
                            type="button"
                            class="checklist-remove"
                            aria-label={fill(t.removeLabel, s)}
                            onClick={() => {
                              update((c) => removeStep(c, s.id), fill(t.removed, s));
                              focus(`add-${stage}`);
                            }}
                          >
                            {t.remove}
                          </button>
                        )}
                      </div>
                    </li>
                  );
                })}
            </ul>
            <form
              class="checklist-add no-print"
              onSubmit={(e) => {
                e.preventDefault();
                const input = e.currentTarget.elements.namedItem('text') as HTMLInputElement;
                const text = input.value.trim();
                if (text) update((c) => addStep(c, stage, text, makeId()), fill(t.added, { text }));
                input.value = '';
              }}
            >
              <label for={`add-${stage}`}>{fill(t.addLabel, { stage: t.stages[stage] })}</label>
              <span>
                <input id={`add-${stage}`} name="text" maxLength={textLimits.step} />
                <button type="submit">{t.add}</button>
              </span>
            </form>
          </section>
        ))}
        <h2>
          <label for="checklist-notes">{t.notes}</label>
        </h2>
        <p id="notes-hint" class="no-print">
          {t.notesHint}
        </p>
        <textarea
          id="checklist-notes"
          class="no-print"
          aria-describedby="notes-hint"
          rows={6}
          value={section.notes}
          onInput={(e) => {
            const notes = e.currentTarget.value;
            state!.updateSection('checklist', (c) => ({ ...c, notes }));
          }}
        />
        <p class="print-only checklist-notes-print">{section.notes}</p>
        <div class="checklist-reset no-print">
          <button
            type="button"
            id="reset"
            onClick={() => {
              // The browser's own dialog: focus, keyboard and screen readers work everywhere.
              if (!confirm(t.resetConfirm)) return;
              setUndo(section);
              update(resetChecklist, t.resetDone);
              focus('undo-reset');
            }}
          >
            {t.reset}
          </button>{' '}
          {undo && (
            <button
              type="button"
              id="undo-reset"
              onClick={() => {
                const before = undo;
                setUndo(null);
                update((c) => ({ ...before, notes: c.notes }), t.undone);
                focus('reset');
              }}
            >
              {t.undo}
            </button>
          )}
          <p role="status" class="checklist-status">
            {status}
          </p>
        </div>
      </div>
    </PlanFields>
  );
}

/** The checklist island: its name on the page and its component, written once. */
export const checklistIsland = defineIsland('checklist', Checklist);
