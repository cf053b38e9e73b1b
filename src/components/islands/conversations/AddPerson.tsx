import { useState } from 'preact/hooks';
import { textLimits } from '../../../lib/plans/plan';
import type { ConversationsState } from '../../../lib/conversations/state';
import type { ConversationsText } from '../../../lib/strings/conversations';
import { fill } from '../../../lib/shared/fill';

/** Adds a person in one line: name, organization, how you know them. */
export function AddPerson({
  s,
  t,
  connections,
  say,
  focus,
}: {
  s: ConversationsState | null;
  t: ConversationsText;
  connections: { value: string; label: string }[];
  say: (message: string) => void;
  /** Focuses an element after the next render (the page's: the first person replaces this form). */
  focus: (id: string) => void;
}) {
  const [problem, setProblem] = useState('');
  // The fields are the form's own (read when it is sent, emptied by reset()): no state to keep.
  return (
    <form
      class="cv-add"
      onSubmit={async (e) => {
        e.preventDefault();
        const form = e.currentTarget;
        const person = Object.fromEntries(new FormData(form)) as Record<
          'name' | 'organization' | 'connection',
          string
        >;
        if (!s) return;
        if (!person.name.trim()) {
          setProblem(t.add.needName);
          focus('cv-add-name');
          return;
        }
        const plan = await s.addPerson(person);
        if (!plan) return say(t.notSaved);
        say(fill(t.add.added, { name: plan.person.name }));
        form.reset();
        setProblem('');
        focus('cv-add-name');
      }}
    >
      <fieldset>
        <legend>{t.add.legend}</legend>
        <div class="cv-add-row">
          <div class="cv-field">
            <label for="cv-add-name">{t.add.name}</label>
            <input
              id="cv-add-name"
              name="name"
              maxLength={textLimits.line}
              autocomplete="off"
              aria-invalid={problem ? 'true' : undefined}
              aria-describedby={problem ? 'cv-add-problem' : undefined}
            />
          </div>
          <div class="cv-field">
            <label for="cv-add-org">{t.add.organization}</label>
            <input
              id="cv-add-org"
              name="organization"
              maxLength={textLimits.line}
              autocomplete="off"
            />
          </div>
          <div class="cv-field">
            <label for="cv-add-connection">{t.add.connection}</label>
            <select id="cv-add-connection" name="connection">
              {connections.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" class="button-primary">
            {t.add.button}
          </button>
        </div>
        {problem && (
          <p id="cv-add-problem" class="cv-problem">
            {problem}
          </p>
        )}
      </fieldset>
    </form>
  );
}
