/** What the parts of a card that open on request share: their props, a text field and a form row. */
import type { ComponentChildren } from 'preact';
import type { ConversationsState } from '../../../lib/conversations/state';
import { textLimits, type Plan } from '../../../lib/plans/plan';
import type { ConversationsText } from '../../../lib/strings/conversations';

/** What each part of a card is given: the person's plan, the page's state and wording. */
export interface RowPartProps {
  plan: Plan;
  s: ConversationsState;
  t: ConversationsText;
  /** The person's name as the card shows it. */
  name: string;
  say: (message: string) => void;
}

/** A labelled one-line text field of a card's forms, at most `max` characters (a line's limit). */
export function TextField({
  id,
  label,
  value,
  max = textLimits.line,
  wide = false,
  set,
}: {
  id: string;
  label: string;
  value: string;
  max?: number;
  wide?: boolean;
  set: (value: string) => void;
}) {
  return (
    <Field id={id} label={label} wide={wide}>
      <input id={id} value={value} maxLength={max} onInput={(e) => set(e.currentTarget.value)} />
    </Field>
  );
}

/** A labelled field of a card's form: its label, then the control, which has the id `id`. */
export function Field({
  id,
  label,
  wide = false,
  children,
}: {
  id: string;
  label: string;
  wide?: boolean;
  children: ComponentChildren;
}) {
  return (
    <div class={wide ? 'cv-field cv-field-wide' : 'cv-field'}>
      <label for={id}>{label}</label>
      {children}
    </div>
  );
}

/** A form row of a card that adds something: submitting it runs `add`, and the page stays. */
export function AddRow({ add, children }: { add: () => void; children: ComponentChildren }) {
  return (
    <form
      class="cv-add-row"
      onSubmit={(e) => {
        e.preventDefault();
        add();
      }}
    >
      {children}
    </form>
  );
}
