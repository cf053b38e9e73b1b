import { useEffect, useState } from 'preact/hooks';
import type { QuestionBuilder as Builder } from '../../../lib/questions/builder';
import { categories, type PlaceholderValues } from '../../../lib/questions/bank';
import { fill } from '../../../lib/shared/fill';
import type { BuilderText } from '../../../lib/strings/question-builder';
import { useSignals } from '../runtime/useSignals';
import { Filled } from './Filled';
import { Filter } from './Filter';

/** Bank questions shown before "Show more". */
const bankPage = 20;

/** The searchable question bank, a page at a time, with an Add button on each question. */
export function Bank({
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
  const { category, query } = useSignals(
    () => ({ category: b.category.value, query: b.query.value }),
    [b],
  );
  useEffect(() => setLimit(bankPage), [category, query]);
  const shown = results.slice(0, limit);
  return (
    <section class="qb-bank no-print" aria-labelledby="qb-bank">
      <h2 id="qb-bank">{ui.bank}</h2>
      <div class="qb-grid" role="search">
        <Filter
          label={ui.category}
          any={ui.allCategories}
          value={category}
          options={categories}
          names={t.categories}
          set={(c) => (b.category.value = c)}
        />
        <label>
          {ui.search}
          <input
            type="search"
            value={query}
            onInput={(e) => (b.query.value = e.currentTarget.value)}
          />
        </label>
      </div>
      <p role="status">
        {results.length === 1
          ? ui.result
          : results.length
            ? fill(ui.results, { n: results.length })
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
                      <Filled text={q.text} values={values} t={t} />
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
          {fill(ui.more, { n: results.length - limit })}
        </button>
      )}
    </section>
  );
}
