import type { Translation } from '../../../lib/i18n/lang';
import { askFormats, textLimits, type Person } from '../../../lib/plans/plan';
import type { OutreachState } from '../../../lib/outreach/state';
import { ownFields } from '../../../lib/plans/student';
import type { ui as uiText } from '../../../lib/strings/outreach';
import { fill } from '../../../lib/shared/fill';

/** The form: the channel and tone, the person, and the student's own details. */
export function Fields({
  s,
  ui,
  templates,
}: {
  s: OutreachState;
  ui: Translation<typeof uiText>;
  templates: { id: string; label: string }[];
}) {
  const o = s.outreach.value;
  const p = s.plan.value.person;
  const t = s.template.value;
  const st = s.student.value;
  const own = s.own.value;
  /** A labelled one-line text input bound to the person or to the outreach section. */
  const field = (
    id: string,
    label: string,
    value: string,
    set: (v: string) => void,
    extra: { type?: string; hint?: string; autocomplete?: string; lines?: boolean } = {},
  ) => {
    const Input = extra.lines ? 'textarea' : 'input';
    return (
      <div class="or-field">
        <label for={`or-${id}`}>{label}</label>
        {extra.hint && (
          <span class="or-hint" id={`or-${id}-hint`}>
            {extra.hint}
          </span>
        )}
        <Input
          id={`or-${id}`}
          type={extra.lines ? undefined : (extra.type ?? 'text')}
          rows={extra.lines ? 3 : undefined}
          dir="auto"
          maxLength={extra.lines ? textLimits.introPart : textLimits.line}
          autocomplete={extra.autocomplete}
          value={value}
          aria-describedby={extra.hint && `or-${id}-hint`}
          onInput={(e) => set(e.currentTarget.value)}
        />
      </div>
    );
  };
  const person = (key: keyof Person, label: string) =>
    field(key, label, p[key], (v) => s.setPerson({ [key]: v }));
  const mine = (key: 'connectionText' | 'toEmail', label: string, extra = {}) =>
    field(key, label, o[key], (v) => s.set({ [key]: v }), extra);
  /** One of the student's details: theirs for every plan, or this plan's own. */
  const you = (key: keyof typeof ownFields | 'signature', label: string, extra = {}) =>
    field(
      `my-${key}`,
      label,
      key !== 'signature' && own ? o[ownFields[key]] : st[key],
      (v) => s.setStudent(key, v),
      extra,
    );
  const choice = (
    id: string,
    label: string,
    value: string | number,
    options: [string | number, string][],
    set: (v: string) => void,
  ) => (
    <div class="or-field">
      <label for={`or-${id}`}>{label}</label>
      <select id={`or-${id}`} value={value} onChange={(e) => set(e.currentTarget.value)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
  const extraField = {
    referral: () => person('referrer', ui.referrer),
    event: () => person('eventName', ui.eventName),
    school: () =>
      field('school', ui.school, p.school, (v) => s.setPerson({ school: v }), {
        hint: st.school && fill(ui.schoolHint, { school: st.school }),
      }),
    other: () => mine('connectionText', ui.connectionText),
  }[p.connection as string];

  return (
    <form class="or-form no-print" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>{ui.channelLegend}</legend>
        {choice(
          'channel',
          ui.channel,
          t.id,
          templates.map((x) => [x.id, x.label]),
          (channel) => s.set({ channel }),
        )}
        <p class="or-hint">{t.when}</p>
        {choice('tone', ui.tone, o.tone, Object.entries(ui.tones), (tone) =>
          s.set({ tone: tone === 'formal' ? 'formal' : 'warm' }),
        )}
      </fieldset>
      <fieldset>
        <legend>{ui.themLegend}</legend>
        {person('name', ui.theirName)}
        {person('role', ui.role)}
        {person('organization', ui.organization)}
        {choice('connection', ui.connection, p.connection, Object.entries(ui.connections), (v) =>
          s.setPerson({ connection: v as Person['connection'] }),
        )}
        {extraField?.()}
        {t.medium === 'email' && mine('toEmail', ui.email, { type: 'email' })}
      </fieldset>
      <fieldset>
        <legend>{ui.youLegend}</legend>
        <p class="or-hint">{own ? ui.ownHint : ui.youHint}</p>
        <div class="or-check">
          <input
            id="or-own"
            type="checkbox"
            checked={own}
            onChange={(e) => s.useOwn(e.currentTarget.checked)}
          />
          <label for="or-own">{ui.ownDetails}</label>
        </div>
        {/* The student's own name: browsers may fill it in (WCAG 1.3.5). */}
        {you('name', ui.yourName, { autocomplete: 'name' })}
        {you('school', ui.yourSchool)}
        {you('interest', ui.interest, { hint: ui.interestHint })}
        {you('signature', ui.signature, { hint: ui.signatureHint, lines: true })}
        {choice(
          'minutes',
          ui.askMinutes,
          o.askMinutes,
          [15, 20, 30].map((n) => [n, fill(ui.minutes, { n })]),
          (v) => s.set({ askMinutes: Number(v) }),
        )}
        {choice('format', ui.askFormat, o.askFormat, Object.entries(ui.formats), (v) =>
          s.set({ askFormat: askFormats.find((f) => f === v) }),
        )}
      </fieldset>
    </form>
  );
}
