import { signal } from '../../../lib/shared/signals';
import { useEffect, useMemo, useState } from 'preact/hooks';
import './QuestionBuilder.css';
import { blankPlanStore } from '../../../lib/plans/state';
import { createQuestionBuilder, forwardingStore } from '../../../lib/questions/builder';
import { placeholders, shareCodeFromHash, type BankQuestion } from '../../../lib/questions/bank';
import { fill } from '../../../lib/shared/fill';
import type { BuilderText } from '../../../lib/strings/question-builder';
import { PrintedIntroduction } from '../introduction/PrintedIntroduction';
import { PlanFields } from '../plans/PlanFields';
import { usePlans } from '../plans/usePlans';
import { useFocusAfterRender } from '../runtime/useFocusAfterRender';
import { defineIsland } from '../runtime/define';
import { useSignals } from '../runtime/useSignals';
import { Bank } from './Bank';
import { Exports } from './Exports';
import { ListItem } from './ListItem';
import { Setup } from './Setup';
import { ShareOffer } from './ShareOffer';

/**
 * The question builder: settings and time fit, the student's list with notes, exports, and the
 * searchable bank. A thin view over src/lib/questions/builder.ts; each part is its own component.
 */
export default function QuestionBuilder({ bank, t }: { bank: BankQuestion[]; t: BuilderText }) {
  const ui = t.ui;
  const plans = usePlans();
  // One builder for the island's life: it starts on an empty plan (as on the server) and
  // follows the real plans once they load, so filters and the bank do not rebuild.
  const [source] = useState(() => signal(blankPlanStore()));
  const b = useMemo(() => createQuestionBuilder(forwardingStore(source), bank), [source, bank]);
  const { items, values, results, chosen } = useSignals(
    () => ({
      items: b.items.value,
      values: b.values.value,
      results: b.results.value,
      chosen: b.chosenIds.value,
    }),
    [b],
  );
  const [status, setStatus] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const [confirm, setConfirm] = useState(false);
  const [own, setOwn] = useState('');
  const focusAfterRender = useFocusAfterRender();

  useEffect(() => {
    if (!plans) return;
    source.value = plans;
    const code = shareCodeFromHash(location.hash);
    if (code !== null) void b.openShare(code);
  }, [plans]);

  const shift = (id: string, delta: number, button: string) => {
    const to = b.moveItem(id, delta);
    setStatus(to < 0 ? ui.atEnd : fill(ui.moved, { pos: to + 1, total: items.length }));
    focusAfterRender(button);
  };
  const suggest = async () => {
    setConfirm(false);
    setStatus(fill(ui.suggested, { n: await b.suggest() }));
  };

  // The bank is most of the page: rebuild it only when what it shows changes, not on every
  // keystroke in a notes field (Preact skips a subtree whose element is the same object).
  const chosenKey = [...chosen].join();
  const bankView = useMemo(
    () => <Bank b={b} t={t} results={results} chosen={chosen} values={values} say={setStatus} />,
    [b, results, chosenKey, ...placeholders.map((p) => values[p])],
  );

  return (
    <PlanFields ready={!!plans}>
      <div class="qb">
        <PrintedIntroduction plans={plans} heading={ui.introduction} />
        <ShareOffer b={b} t={t} values={values} say={setStatus} />
        <Setup b={b} t={t} confirm={confirm} setConfirm={setConfirm} suggest={suggest} />
        <section class="qb-list" aria-labelledby="qb-list">
          <h2 id="qb-list" tabIndex={-1}>
            {ui.list}
          </h2>
          {items.length === 0 && <p>{ui.empty}</p>}
          {items.length > 0 && (
            <ol class="qb-items">
              {items.map((item, i) => (
                <ListItem
                  key={item.id}
                  b={b}
                  t={t}
                  item={item}
                  index={i}
                  count={items.length}
                  values={values}
                  editing={editing === item.id}
                  setEditing={setEditing}
                  shift={shift}
                  say={setStatus}
                  focusAfterRender={focusAfterRender}
                />
              ))}
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
          <Exports b={b} t={t} say={setStatus} />
          <p role="status" class="qb-status no-print">
            {status}
          </p>
        </section>

        {bankView}
      </div>
    </PlanFields>
  );
}

/** The question-builder island: its name on the page and its component, written once. */
export const questionBuilderIsland = defineIsland('question-builder', QuestionBuilder);
