import { useMemo, useRef, useState } from 'preact/hooks';
import type { VNode } from 'preact';
import { pageSize, type ConversationsState } from '../../../lib/conversations/state';
import { allStages, rowSorts, type RowSort } from '../../../lib/conversations/rows';
import type { PlanRow } from '../../../lib/conversations/today';
import type { Stage } from '../../../lib/conversations/log';
import type { ConversationsText } from '../../../lib/strings/conversations';
import { fill } from '../../../lib/shared/fill';
import { Row } from './Row';
import { focusNext } from './format';

/**
 * Each card as last rendered, by its row: a row is the same object until its plan changes (a
 * plan is replaced, never changed in place: see deriveRows), and Preact skips a component given
 * the very element it rendered before. So a change to one plan renders that card alone.
 */
const cards = new WeakMap<PlanRow, VNode>();

/**
 * Rows a page at a time: the first `first` shown (everyone when printing), then "Show more",
 * which adds a page to this list alone and moves focus to the first new row, so the keyboard
 * carries on from there.
 */
export function Paged({
  rows,
  s,
  t,
  render,
  first = pageSize,
}: {
  rows: PlanRow[];
  s: ConversationsState;
  t: ConversationsText;
  render: (row: PlanRow) => preact.JSX.Element;
  first?: number;
}) {
  const ul = useRef<HTMLUListElement>(null);
  const [more, setMore] = useState(first);
  const n = s.all.value ? rows.length : more;
  const left = rows.length - n;
  return (
    <>
      <ul ref={ul}>{rows.slice(0, n).map(render)}</ul>
      {left > 0 && (
        <p class="no-print">
          <button
            type="button"
            onClick={() => {
              setMore(n + pageSize);
              focusNext(() => ul.current?.children[n]);
            }}
          >
            {fill(t.list.more, { left })}
          </button>
        </p>
      )}
    </>
  );
}

/** Every plan as a card, filtered and sorted, with the closed ones apart. */
export function List({
  s,
  t,
  connections,
  say,
}: {
  s: ConversationsState;
  t: ConversationsText;
  connections: { value: string; label: string }[];
  say: (message: string) => void;
}) {
  const { open, closed } = s.list.value;
  const total = s.rows.value.length;
  const labels = useMemo(
    () => Object.fromEntries(connections.map((c) => [c.value, c.label])),
    [connections],
  );
  const card = (row: PlanRow) => {
    let made = cards.get(row);
    if (!made)
      cards.set(
        row,
        (made = <Row key={row.plan.id} row={row} s={s} t={t} labels={labels} say={say} />),
      );
    return made;
  };
  return (
    <>
      <section class="cv-list" aria-labelledby="cv-list-h">
        <h2 id="cv-list-h">{t.list.heading}</h2>
        <fieldset class="cv-filters">
          <legend>{t.list.filters}</legend>
          <div class="cv-add-row">
            <div class="cv-field cv-field-wide">
              <label for="cv-query">{t.list.query}</label>
              <input
                id="cv-query"
                type="search"
                value={s.query.value}
                onInput={(e) => (s.query.value = e.currentTarget.value)}
              />
            </div>
            <div class="cv-field">
              <label for="cv-stage">{t.list.stage}</label>
              <select
                id="cv-stage"
                value={s.stage.value}
                onChange={(e) => (s.stage.value = e.currentTarget.value as Stage | 'all')}
              >
                <option value="all">{t.list.allStages}</option>
                {allStages.map((stage) => (
                  <option key={stage} value={stage}>
                    {t.stages[stage]}
                  </option>
                ))}
              </select>
            </div>
            <div class="cv-field">
              <label for="cv-sort">{t.list.sort}</label>
              <select
                id="cv-sort"
                value={s.sort.value}
                onChange={(e) => (s.sort.value = e.currentTarget.value as RowSort)}
              >
                {rowSorts.map((sort) => (
                  <option key={sort} value={sort}>
                    {t.list.sorts[sort]}
                  </option>
                ))}
              </select>
            </div>
          </div>
        </fieldset>
        <p class="cv-count">{fill(t.list.count, { shown: open.length + closed.length, total })}</p>
        {open.length > 0 ? (
          <Paged rows={open} s={s} t={t} render={card} />
        ) : (
          closed.length === 0 && <p>{t.list.none}</p>
        )}
      </section>
      {closed.length > 0 && (
        <section class="cv-closed" aria-labelledby="cv-closed-h">
          <h2 id="cv-closed-h">{t.list.closedHeading}</h2>
          <p>{t.list.closedNote}</p>
          <Paged rows={closed} s={s} t={t} render={card} />
        </section>
      )}
    </>
  );
}
