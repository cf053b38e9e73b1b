import { effect, signal } from '@preact/signals-core';
import { useEffect, useMemo, useState } from 'preact/hooks';
import './QuestionBuilder.css';
import { planSchema, textLimits } from '../../../lib/plans/plan';
import {
  createQuestionBuilder,
  forwardingStore,
  type PlanStore,
  type QuestionBuilder as Builder,
} from '../../../lib/questions/builder';
import {
  categories,
  contacts,
  fields,
  fillSegments,
  fillText,
  placeholders,
  shareCodeFromHash,
  shareKey,
  stages,
  timing,
  type BankQuestion,
  type PlaceholderValues,
} from '../../../lib/questions/bank';
import { fmt, type BuilderText } from '../../../lib/strings/question-builder';
import { usePlans } from '../plans/usePlans';
import { defineIsland } from '../runtime/define';

/** Export code loads when the student first copies or downloads the list. */
const exporter = () => import('../../../lib/questions/export');

/** Until the plans load in the browser (and on the server), the builder shows an empty plan. */
const blank: PlanStore = {
  current: signal(planSchema.parse({ id: '', name: '', createdAt: '', updatedAt: '' })),
  updateSection() {},
  updatePerson() {},
};

/** Shows a question with its placeholders filled; a blank one is flagged as "[organization]". */
function Filled({ text, values }: { text: string; values: PlaceholderValues }) {
  return (
    <>
      {fillSegments(text, values).map((s) =>
        'text' in s ? s.text : <mark class="qb-missing">[{s.missing}]</mark>,
      )}
    </>
  );
}

/** Re-renders the component when any signal read in `read` changes. */
function useWatch(read: () => unknown) {
  const [, bump] = useState(0);
  useEffect(() => {
    let first = true;
    return effect(() => {
      read();
      // The first run only subscribes; the component has just rendered these values.
      if (!first) bump((n) => n + 1);
      first = false;
    });
  }, [read]);
}

/**
 * The question builder: settings and time fit, the student's list with notes, exports, and the
 * searchable bank. A thin view over src/lib/questions/builder.ts.
 */
export default function QuestionBuilder({ bank, t }: { bank: BankQuestion[]; t: BuilderText }) {
  const ui = t.ui;
  const plans = usePlans();
  // One builder for the island's life: it starts on an empty plan (as on the server) and
  // follows the real plans once they load, so filters and the bank do not rebuild.
  const [source] = useState(() => signal(blank));
  const b = useMemo(() => createQuestionBuilder(forwardingStore(source), bank), [source, bank]);
  const read = useMemo(
    () => () => [
      b.category.value,
      b.query.value,
      b.pendingShare.value,
      b.shareError.value,
      b.items.value,
      b.values.value,
      b.minutes.value,
      b.stage.value,
      b.contact.value,
      b.field.value,
    ],
    [b],
  );
  useWatch(read);
  const [status, setStatus] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const [confirm, setConfirm] = useState(false);
  const [own, setOwn] = useState('');
  const [focus, setFocus] = useState<string | null>(null);

  useEffect(() => {
    if (!plans) return;
    source.value = plans;
    const code = shareCodeFromHash(location.hash);
    if (code !== null) void b.openShare(code);
  }, [plans]);
  useEffect(() => {
    if (focus) document.getElementById(focus)?.focus();
    setFocus(null);
  }, [focus]);

  const items = b.items.value;
  const values = b.values.value;
  const fit = b.fit.value;
  const minutes = b.minutes.value;
  const results = b.results.value;
  const chosen = b.chosenIds.value;
  const words = { title: ui.exportTitle, mustAsk: ui.mustAsk, notes: ui.notes };

  const clearHash = () => history.replaceState(null, '', location.pathname + location.search);
  /**
   * Copies text, which may still be loading (exports and share links load on first use). A
   * ClipboardItem takes the pending text, so browsers that only allow copying during the click
   * itself (Safari) still accept it; elsewhere the text is awaited and written.
   */
  const copy = (text: string | Promise<string>, done = ui.copied) => {
    const pending = Promise.resolve(text);
    const write =
      typeof ClipboardItem === 'function' && navigator.clipboard.write
        ? navigator.clipboard.write([
            new ClipboardItem({
              'text/plain': pending.then((t) => new Blob([t], { type: 'text/plain' })),
            }),
          ])
        : pending.then((t) => navigator.clipboard.writeText(t));
    return write.then(
      () => setStatus(done),
      () => setStatus(ui.copyFailed),
    );
  };
  const shift = (id: string, delta: number, button: string) => {
    const to = b.moveItem(id, delta);
    setStatus(to < 0 ? ui.atEnd : fmt(ui.moved, { pos: to + 1, total: items.length }));
    setFocus(button);
  };
  const download = async () => {
    const { toMarkdown } = await exporter();
    const url = URL.createObjectURL(
      new Blob([toMarkdown(items, (q) => fillText(q, values), words)], { type: 'text/markdown' }),
    );
    const a = document.createElement('a');
    a.href = url;
    a.download = 'questions.md';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const suggest = async () => {
    setConfirm(false);
    setStatus(fmt(ui.suggested, { n: await b.suggest() }));
  };

  // The bank is most of the page: rebuild it only when what it shows changes, not on every
  // keystroke in a notes field (Preact skips a subtree whose element is the same object).
  const chosenKey = [...chosen].join();
  const bankView = useMemo(
    () => <Bank b={b} t={t} results={results} chosen={chosen} values={values} say={setStatus} />,
    [b, results, chosenKey, values.organization, values.role, values.field],
  );

  const pending = b.pendingShare.value;
  const error = b.shareError.value;

  return (
    <div class="qb">
      {(pending || error) && (
        <div class={`notice no-print ${error ? 'notice-error' : ''}`} role="alert">
          {error ? (
            <p>{t.shareErrors[error]}</p>
          ) : (
            <>
              <p>
                {fmt(ui.shared, { n: pending!.items.length })} {ui.sharedAsk}
              </p>
              <ol>
                {pending!.items.map((i) => (
                  <li>
                    <Filled text={i.text} values={values} />
                  </li>
                ))}
              </ol>
              <button
                type="button"
                class="button-primary"
                onClick={() => {
                  b.acceptShare();
                  clearHash();
                  setStatus(ui.accepted);
                }}
              >
                {ui.replace}
              </button>{' '}
            </>
          )}
          <button
            type="button"
            onClick={() => {
              b.dismissShare();
              clearHash();
            }}
          >
            {error ? ui.dismiss : ui.keep}
          </button>
        </div>
      )}

      <section class="qb-setup card no-print" aria-labelledby="qb-setup">
        <h2 id="qb-setup">{ui.setup}</h2>
        <div class="qb-grid">
          <label>
            {ui.length}
            <select value={minutes} onChange={(e) => b.setMinutes(Number(e.currentTarget.value))}>
              {timing.lengths.map((n) => (
                <option value={n}>{fmt(ui.minutes, { n })}</option>
              ))}
            </select>
          </label>
          <label>
            {ui.stage}
            <select
              value={b.stage.value}
              onChange={(e) => b.setStage(e.currentTarget.value as typeof b.stage.value)}
            >
              <option value="">{ui.any}</option>
              {stages.map((s) => (
                <option value={s}>{t.stages[s]}</option>
              ))}
            </select>
          </label>
          <label>
            {ui.contact}
            <select
              value={b.contact.value}
              onChange={(e) => b.setContact(e.currentTarget.value as typeof b.contact.value)}
            >
              <option value="">{ui.anyone}</option>
              {contacts.map((c) => (
                <option value={c}>{t.contacts[c]}</option>
              ))}
            </select>
          </label>
          <label>
            {ui.field}
            <select
              value={b.field.value}
              onChange={(e) => b.setField(e.currentTarget.value as typeof b.field.value)}
            >
              <option value="">{ui.anyField}</option>
              {fields.map((f) => (
                <option value={f}>{t.fields[f]}</option>
              ))}
            </select>
          </label>
        </div>
        <fieldset class="qb-grid">
          <legend>{ui.fillIn}</legend>
          {placeholders.map((p) => (
            <label>
              {t.placeholders[p]}
              <input
                maxLength={textLimits.line}
                value={values[p]}
                onInput={(e) => source.value.updatePerson({ [p]: e.currentTarget.value })}
              />
            </label>
          ))}
        </fieldset>
        <p class="qb-hint">
          {fmt(ui.assumption, { per: timing.minutesPerQuestion, overhead: timing.overheadMinutes })}
        </p>
        <p class={fit.over ? 'notice notice-warning' : ''}>
          {fit.over
            ? fmt(ui.over, { ...fit, minutes })
            : fmt(ui.fit, { count: items.length, capacity: fit.capacity, minutes })}
        </p>
        {confirm ? (
          <p>
            {fmt(ui.suggestConfirm, { n: items.length })}{' '}
            <button type="button" class="button-primary" onClick={suggest}>
              {ui.replace}
            </button>{' '}
            <button type="button" onClick={() => setConfirm(false)}>
              {ui.cancel}
            </button>
          </p>
        ) : (
          <button
            type="button"
            class="button-primary"
            onClick={() => (items.length ? setConfirm(true) : suggest())}
          >
            {ui.suggest}
          </button>
        )}
      </section>

      <section class="qb-list" aria-labelledby="qb-list">
        <h2 id="qb-list" tabIndex={-1}>
          {ui.list}
        </h2>
        {items.length === 0 && <p>{ui.empty}</p>}
        {items.length > 0 && (
          <ol class="qb-items">
            {items.map((item, i) => {
              const id = `qb-${item.id}`;
              return (
                <li key={item.id} class={item.mustAsk ? 'qb-item qb-must' : 'qb-item'}>
                  {editing === item.id ? (
                    <form
                      class="no-print"
                      onSubmit={(e) => {
                        e.preventDefault();
                        const text = new FormData(e.currentTarget).get('text');
                        b.edit(item.id, String(text));
                        setEditing(null);
                        setFocus(`${id}-edit`);
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
                          setFocus(`${id}-edit`);
                        }}
                      >
                        {ui.cancel}
                      </button>
                    </form>
                  ) : (
                    <p class="qb-text" id={`${id}-q`}>
                      {item.mustAsk && <strong class="qb-badge">{ui.mustAsk}: </strong>}
                      <Filled text={item.text} values={values} />
                    </p>
                  )}
                  <div class="qb-actions no-print">
                    <label class="qb-check">
                      <input
                        type="checkbox"
                        checked={item.mustAsk}
                        onChange={() => b.toggleMust(item.id)}
                      />
                      {ui.mustAsk}
                    </label>
                    <button
                      type="button"
                      id={`${id}-up`}
                      aria-disabled={i === 0}
                      aria-describedby={`${id}-q`}
                      onClick={() => shift(item.id, -1, `${id}-up`)}
                    >
                      {ui.up}
                    </button>
                    <button
                      type="button"
                      id={`${id}-down`}
                      aria-disabled={i === items.length - 1}
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
                        setFocus(`${id}-text`);
                      }}
                    >
                      {ui.edit}
                    </button>
                    <button
                      type="button"
                      aria-describedby={`${id}-q`}
                      onClick={() => {
                        b.remove(item.id);
                        setStatus(ui.removed);
                        setFocus('qb-list');
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
            })}
          </ol>
        )}
        <form
          class="qb-own no-print"
          onSubmit={(e) => {
            e.preventDefault();
            if (b.addCustom(own)) {
              setOwn('');
              setStatus(ui.added);
            }
          }}
        >
          <label for="qb-own">{ui.own}</label>
          <input id="qb-own" value={own} onInput={(e) => setOwn(e.currentTarget.value)} />
          <button type="submit">{ui.add}</button>
        </form>

        <h3 class="no-print">{ui.exportHeading}</h3>
        <div class="qb-export no-print">
          <button
            type="button"
            onClick={() =>
              copy(exporter().then((e) => e.toPlainText(items, (q) => fillText(q, values), words)))
            }
          >
            {ui.copyText}
          </button>
          <button
            type="button"
            onClick={() =>
              copy(exporter().then((e) => e.toMarkdown(items, (q) => fillText(q, values), words)))
            }
          >
            {ui.copyMarkdown}
          </button>
          <button type="button" onClick={download}>
            {ui.download}
          </button>
          <button type="button" onClick={() => print()}>
            {ui.print}
          </button>
          <button
            type="button"
            onClick={() =>
              copy(
                b
                  .shareCode()
                  .then((code) => `${location.origin}${location.pathname}#${shareKey}=${code}`),
                ui.linkCopied,
              )
            }
          >
            {ui.share}
          </button>
        </div>
        <p role="status" class="qb-status no-print">
          {status}
        </p>
      </section>

      {bankView}
    </div>
  );
}

/** Bank questions shown before "Show more". */
const bankPage = 20;

function Bank({
  b,
  t,
  results,
  chosen,
  values,
  say,
}: {
  b: Builder;
  t: BuilderText;
  results: Builder['results']['value'];
  chosen: Set<string | null>;
  values: PlaceholderValues;
  say: (s: string) => void;
}) {
  const ui = t.ui;
  // A page of the bank at a time keeps the first render light; search reaches every question.
  const [limit, setLimit] = useState(bankPage);
  useEffect(() => setLimit(bankPage), [b.category.value, b.query.value]);
  const shown = results.slice(0, limit);
  return (
    <section class="qb-bank no-print" aria-labelledby="qb-bank">
      <h2 id="qb-bank">{ui.bank}</h2>
      <div class="qb-grid" role="search">
        <label>
          {ui.category}
          <select
            value={b.category.value}
            onChange={(e) => (b.category.value = e.currentTarget.value as typeof b.category.value)}
          >
            <option value="">{ui.allCategories}</option>
            {categories.map((c) => (
              <option value={c}>{t.categories[c]}</option>
            ))}
          </select>
        </label>
        <label>
          {ui.search}
          <input
            type="search"
            value={b.query.value}
            onInput={(e) => (b.query.value = e.currentTarget.value)}
          />
        </label>
      </div>
      <p role="status">
        {results.length === 1
          ? ui.result
          : results.length
            ? fmt(ui.results, { n: results.length })
            : ui.noResults}
      </p>
      {categories.map((c) => {
        const group = shown.filter((q) => q.category === c);
        return (
          group.length > 0 && (
            <div key={c} class="qb-group">
              <h3>{t.categories[c]}</h3>
              <ul class="qb-bank-list">
                {group.map((q) => (
                  <li key={q.id}>
                    <p id={`qb-b-${q.id}`}>
                      <Filled text={q.text} values={values} />
                      {q.probe && (
                        <span class="qb-probe">
                          {ui.followUp} {q.probe}
                        </span>
                      )}
                    </p>
                    <button
                      type="button"
                      aria-describedby={`qb-b-${q.id}`}
                      disabled={chosen.has(q.id)}
                      onClick={() => {
                        b.add(q);
                        say(ui.added);
                      }}
                    >
                      {chosen.has(q.id) ? ui.inList : ui.add}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          )
        );
      })}
      {results.length > limit && (
        <button type="button" onClick={() => setLimit(limit + bankPage)}>
          {fmt(ui.more, { n: results.length - limit })}
        </button>
      )}
    </section>
  );
}

/** The question-builder island: its name on the page and its component, written once. */
export const questionBuilderIsland = defineIsland('question-builder', QuestionBuilder);
