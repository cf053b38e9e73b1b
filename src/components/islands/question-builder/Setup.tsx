import type { QuestionBuilder as Builder } from '../../../lib/questions/builder';
import {
  backgrounds,
  contacts,
  fields,
  placeholders,
  stages,
  timing,
} from '../../../lib/questions/bank';
import { textLimits } from '../../../lib/plans/plan';
import { fill } from '../../../lib/shared/fill';
import type { BuilderText } from '../../../lib/strings/question-builder';
import { useSignals } from '../runtime/useSignals';
import { Filter } from './Filter';

/**
 * The conversation's setup: its length, who the student is (stage and background) and whom they
 * will talk to (which filters the bank), the placeholders, the time fit, and the suggested set.
 */
export function Setup({
  b,
  t,
  confirm,
  setConfirm,
  suggest,
}: {
  b: Builder;
  t: BuilderText;
  confirm: boolean;
  setConfirm: (on: boolean) => void;
  suggest: () => void;
}) {
  const ui = t.ui;
  const { items, values, fit, minutes, stage, contact, field, background } = useSignals(
    () => ({
      items: b.items.value,
      values: b.values.value,
      fit: b.fit.value,
      minutes: b.minutes.value,
      stage: b.stage.value,
      contact: b.contact.value,
      field: b.field.value,
      background: b.background.value,
    }),
    [b],
  );
  return (
    <section class="qb-setup card no-print" aria-labelledby="qb-setup">
      <h2 id="qb-setup">{ui.setup}</h2>
      <div class="qb-grid">
        <label>
          {ui.length}
          <select value={minutes} onChange={(e) => b.setMinutes(Number(e.currentTarget.value))}>
            {timing.lengths.map((n) => (
              <option value={n}>{fill(ui.minutes, { n })}</option>
            ))}
          </select>
        </label>
        <Filter
          label={ui.stage}
          any={ui.any}
          value={stage}
          options={stages}
          names={t.stages}
          set={b.setStage}
        />
        <Filter
          label={ui.contact}
          any={ui.anyone}
          value={contact}
          options={contacts}
          names={t.contacts}
          set={b.setContact}
        />
        <Filter
          label={ui.field}
          any={ui.anyField}
          value={field}
          options={fields}
          names={t.fields}
          set={b.setField}
        />
        <Filter
          label={ui.background}
          any={ui.any}
          value={background}
          options={backgrounds}
          names={t.backgrounds}
          set={b.setBackground}
        />
      </div>
      <fieldset class="qb-grid">
        <legend>{ui.fillIn}</legend>
        {placeholders.map((p) => (
          <label>
            {t.placeholders[p]}
            <input
              maxLength={textLimits.line}
              value={values[p]}
              onInput={(e) => b.setPlaceholder(p, e.currentTarget.value)}
            />
          </label>
        ))}
      </fieldset>
      <p class="qb-hint">
        {fill(ui.assumption, { per: timing.minutesPerQuestion, overhead: timing.overheadMinutes })}
      </p>
      <p class={fit.over ? 'notice notice-warning' : ''}>
        {fit.over
          ? fill(ui.over, { ...fit, minutes })
          : fill(ui.fit, { count: items.length, capacity: fit.capacity, minutes })}
      </p>
      {confirm ? (
        <p>
          {fill(ui.suggestConfirm, { n: items.length })}{' '}
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
  );
}
