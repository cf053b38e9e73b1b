import type { QuestionBuilder as Builder } from '../../../lib/questions/builder';
import type { ListItem as Item, PlaceholderValues } from '../../../lib/questions/bank';
import type { BuilderText } from '../../../lib/strings/question-builder';
import { Filled } from './Filled';

/**
 * One question of the student's list: its text (or the form that edits it), must-ask, move up and
 * down, edit, remove, and the notes field that prints as the answer space.
 */
export function ListItem({
  b,
  t,
  item,
  index,
  count,
  values,
  editing,
  setEditing,
  shift,
  say,
  focusAfterRender,
}: {
  b: Builder;
  t: BuilderText;
  item: Item;
  index: number;
  count: number;
  values: PlaceholderValues;
  editing: boolean;
  setEditing: (id: string | null) => void;
  shift: (id: string, delta: number, button: string) => void;
  say: (message: string) => void;
  focusAfterRender: (id: string) => void;
}) {
  const ui = t.ui;
  const id = `qb-${item.id}`;
  return (
    <li class={item.mustAsk ? 'qb-item qb-must' : 'qb-item'}>
      {editing ? (
        <form
          class="no-print"
          onSubmit={(e) => {
            e.preventDefault();
            const text = new FormData(e.currentTarget).get('text');
            b.edit(item.id, String(text));
            setEditing(null);
            focusAfterRender(`${id}-edit`);
          }}
        >
          <label for={`${id}-text`}>{ui.edit}</label>
          <textarea id={`${id}-text`} name="text" rows={2}>
            {item.text}
          </textarea>
          <button type="submit">{ui.save}</button>{' '}
          <button
            type="button"
            onClick={() => {
              setEditing(null);
              focusAfterRender(`${id}-edit`);
            }}
          >
            {ui.cancel}
          </button>
        </form>
      ) : (
        <p class="qb-text" id={`${id}-q`}>
          {item.mustAsk && <strong class="qb-badge">{ui.mustAsk}: </strong>}
          <Filled text={item.text} values={values} t={t} />
        </p>
      )}
      <div class="qb-actions no-print">
        <label class="qb-check">
          <input type="checkbox" checked={item.mustAsk} onChange={() => b.toggleMust(item.id)} />
          {ui.mustAsk}
        </label>
        <button
          type="button"
          id={`${id}-up`}
          aria-disabled={index === 0}
          aria-describedby={`${id}-q`}
          onClick={() => shift(item.id, -1, `${id}-up`)}
        >
          {ui.up}
        </button>
        <button
          type="button"
          id={`${id}-down`}
          aria-disabled={index === count - 1}
          aria-describedby={`${id}-q`}
          onClick={() => shift(item.id, 1, `${id}-down`)}
        >
          {ui.down}
        </button>
        <button
          type="button"
          id={`${id}-edit`}
          aria-describedby={`${id}-q`}
          onClick={() => {
            setEditing(item.id);
            focusAfterRender(`${id}-text`);
          }}
        >
          {ui.edit}
        </button>
        <button
          type="button"
          aria-describedby={`${id}-q`}
          onClick={() => {
            b.remove(item.id);
            say(ui.removed);
            focusAfterRender('qb-list');
          }}
        >
          {ui.remove}
        </button>
      </div>
      <label class="no-print" for={`${id}-notes`}>
        {ui.notes}
      </label>
      <textarea
        id={`${id}-notes`}
        class="no-print"
        rows={2}
        value={item.notes}
        onInput={(e) => b.setNotes(item.id, e.currentTarget.value)}
      />
      <p class="print-only qb-answer">{item.notes}</p>
    </li>
  );
}
