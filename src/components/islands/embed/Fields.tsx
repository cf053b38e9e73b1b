/** The embed configurator's fields: a labelled select, and a snippet to copy. */
import { useRef } from 'preact/hooks';

/** One snippet to paste: its text, read-only, and the button that copies it. */
export function Snippet({
  id,
  words,
  rows,
  value,
  primary,
  copy,
}: {
  id: string;
  /** The field's label and the button's words. */
  words: { label: string; copy: string };
  rows: number;
  value: string;
  primary: boolean;
  copy: (field: HTMLTextAreaElement | null) => void;
}) {
  const field = useRef<HTMLTextAreaElement>(null);
  return (
    <>
      <label for={id}>{words.label}</label>
      <textarea id={id} ref={field} readOnly rows={rows} value={value} />
      <button
        type="button"
        class={primary ? 'button-primary' : undefined}
        onClick={() => copy(field.current)}
      >
        {words.copy}
      </button>
    </>
  );
}

/** A labelled select: each option's value and words, and its language when not the page's. */
export function Select<T extends string>({
  id,
  label,
  value,
  options,
  set,
}: {
  id: string;
  label: string;
  value: T;
  options: readonly (readonly [value: T, words: string, lang?: string])[];
  set: (value: T) => void;
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => set(e.currentTarget.value as T)}>
        {options.map(([option, words, lang]) => (
          <option key={option} value={option} lang={lang}>
            {words}
          </option>
        ))}
      </select>
    </div>
  );
}
