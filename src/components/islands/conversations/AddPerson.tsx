import { useRef, useState } from 'preact/hooks';
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
  const [name, setName] = useState('');
  const [organization, setOrganization] = useState('');
  const [connection, setConnection] = useState('');
  const [problem, setProblem] = useState('');
  const nameField = useRef<HTMLInputElement>(null);
  return (
    <form
      class="cv-add"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!s) return;
        if (!name.trim()) {
          setProblem(t.add.needName);
          nameField.current?.focus();
          return;
        }
        const plan = await s.addPerson({ name, organization, connection });
        if (!plan) return say(t.notSaved);
        say(fill(t.add.added, { name: plan.person.name }));
        setName('');
        setOrganization('');
        setConnection('');
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
              ref={nameField}
              value={name}
              maxLength={textLimits.line}
              autocomplete="off"
              aria-invalid={problem ? 'true' : undefined}
              aria-describedby={problem ? 'cv-add-problem' : undefined}
              onInput={(e) => setName(e.currentTarget.value)}
            />
          </div>
          <div class="cv-field">
            <label for="cv-add-org">{t.add.organization}</label>
            <input
              id="cv-add-org"
              value={organization}
              maxLength={textLimits.line}
              autocomplete="off"
              onInput={(e) => setOrganization(e.currentTarget.value)}
            />
          </div>
          <div class="cv-field">
            <label for="cv-add-connection">{t.add.connection}</label>
            <select
              id="cv-add-connection"
              value={connection}
              onChange={(e) => setConnection(e.currentTarget.value)}
            >
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
