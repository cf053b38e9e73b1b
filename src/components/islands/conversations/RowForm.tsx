/** What the parts of a card that open on request share: their props and a text field. */
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
    <div class={wide ? 'cv-field cv-field-wide' : 'cv-field'}>
      <label for={id}>{label}</label>
      <input id={id} value={value} maxLength={max} onInput={(e) => set(e.currentTarget.value)} />
    </div>
  );
}
