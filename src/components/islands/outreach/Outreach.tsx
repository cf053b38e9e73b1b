import { signal } from '@preact/signals-core';
import { useMemo, useState } from 'preact/hooks';
import './Outreach.css';
import { planSchema, textLimits, type Person } from '../../../lib/plans/plan';
import type {
  CheckText,
  reminders as reminderText,
  ui as uiText,
} from '../../../lib/strings/outreach';
import { localDateTimeInput } from '../../../lib/outreach/followup';
import { createOutreachState, type OutreachData } from '../../../lib/outreach/state';
import { usePlans } from '../plans/usePlans';
import { defineIsland } from '../runtime/define';

interface Props extends OutreachData {
  ui: typeof uiText;
  checks: Record<string, CheckText>;
  reminders: typeof reminderText;
  /** Guides that exist, by slug, for the checks' "more in the guide" links. */
  guides: Record<string, { href: string; title: string }>;
}

/** Fills `{name}` tokens in interface wording. */
const fmt = (s: string, v: object) =>
  s.replace(/\{(\w+)\}/g, (m, k: string) => (k in v ? String(v[k as keyof typeof v]) : m));

/** A YYYY-MM-DD date or a Date, spelled out in the reader's language. */
const day = (d: string | Date, time = false) =>
  (typeof d === 'string' ? new Date(`${d}T12:00`) : d).toLocaleString(undefined, {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    ...(time ? { hour: 'numeric', minute: '2-digit' } : {}),
  });

// Before mount (server render and hydration) the island shows an empty plan, like a first visit.
const blank = {
  current: signal(planSchema.parse({ id: 'new', name: '', createdAt: '', updatedAt: '' })),
  updatePerson() {},
  updateSection() {},
};

/** The outreach message generator: inputs, the message with live checks, and follow-up dates. */
export default function Outreach(props: Props) {
  const { ui, guides } = props;
  const plans = usePlans();
  const s = useMemo(() => createOutreachState(plans ?? blank, props), [plans]);
  const [status, say] = useState('');
  const o = s.outreach.value;
  const p = s.plan.value.person;
  const t = s.template.value;
  const msg = s.message.value;
  const len = s.length.value;
  const dates = s.dates.value;
  const checks = s.checks.value;

  const copy = (text: string, done: string) =>
    navigator.clipboard.writeText(text).then(
      () => say(done),
      () => say(ui.copyFailed),
    );
  const download = async () => {
    const ics = await s.calendar(props.reminders, location.hostname || 'localhost');
    if (!ics) return;
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
    a.download = props.reminders.fileName;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    say(ui.downloaded);
  };

  /** A labelled one-line text input bound to the person or to the outreach section. */
  const field = (
    id: string,
    label: string,
    value: string,
    set: (v: string) => void,
    extra: { type?: string; hint?: string } = {},
  ) => (
    <div class="or-field">
      <label for={`or-${id}`}>{label}</label>
      {extra.hint && (
        <span class="or-hint" id={`or-${id}-hint`}>
          {extra.hint}
        </span>
      )}
      <input
        id={`or-${id}`}
        type={extra.type ?? 'text'}
        dir="auto"
        maxLength={textLimits.line}
        value={value}
        aria-describedby={extra.hint && `or-${id}-hint`}
        onInput={(e) => set(e.currentTarget.value)}
      />
    </div>
  );
  const person = (key: keyof Person, label: string) =>
    field(key, label, p[key], (v) => s.setPerson({ [key]: v }));
  const own = (
    key: 'senderName' | 'senderSchool' | 'interest' | 'connectionText' | 'toEmail',
    label: string,
    extra = {},
  ) => field(key, label, o[key], (v) => s.set({ [key]: v }), extra);
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
    school: () => person('school', ui.school),
    other: () => own('connectionText', ui.connectionText),
  }[p.connection as string];
  const fails = checks.filter((c) => c.state === 'fail').length;

  return (
    <div class="outreach">
      <form class="or-form no-print" onSubmit={(e) => e.preventDefault()}>
        <fieldset disabled={!plans}>
          <legend>{ui.channelLegend}</legend>
          {choice(
            'channel',
            ui.channel,
            t.id,
            props.templates.map((x) => [x.id, x.label]),
            (channel) => s.set({ channel }),
          )}
          <p class="or-hint">{t.when}</p>
          {choice('tone', ui.tone, o.tone, Object.entries(ui.tones), (tone) =>
            s.set({ tone: tone === 'formal' ? 'formal' : 'warm' }),
          )}
        </fieldset>
        <fieldset disabled={!plans}>
          <legend>{ui.themLegend}</legend>
          {person('name', ui.theirName)}
          {person('role', ui.role)}
          {person('organization', ui.organization)}
          {choice('connection', ui.connection, p.connection, Object.entries(ui.connections), (v) =>
            s.setPerson({ connection: v as Person['connection'] }),
          )}
          {extraField?.()}
          {t.medium === 'email' && own('toEmail', ui.email, { type: 'email' })}
        </fieldset>
        <fieldset disabled={!plans}>
          <legend>{ui.youLegend}</legend>
          {own('senderName', ui.yourName)}
          {own('senderSchool', ui.yourSchool)}
          {own('interest', ui.interest, { hint: ui.interestHint })}
          {choice(
            'minutes',
            ui.askMinutes,
            o.askMinutes,
            [15, 20, 30].map((n) => [n, fmt(ui.minutes, { n })]),
            (v) => s.set({ askMinutes: Number(v) }),
          )}
          {choice('format', ui.askFormat, o.askFormat, Object.entries(ui.formats), (v) =>
            s.set({ askFormat: v as 'call' }),
          )}
        </fieldset>
      </form>

      <div class="or-main">
        <section class="or-message" aria-labelledby="or-message-h">
          <h2 id="or-message-h">{ui.messageHeading}</h2>
          <div class="no-print">
            {t.medium === 'email' && (
              <div class="or-field">
                <label for="or-subject">{ui.subject}</label>
                <input
                  id="or-subject"
                  dir="auto"
                  value={msg.subject}
                  disabled={!plans}
                  onInput={(e) => s.editSubject(e.currentTarget.value)}
                />
              </div>
            )}
            <div class="or-field">
              <label for="or-body">{ui.body}</label>
              <textarea
                id="or-body"
                dir="auto"
                rows={t.medium === 'linkedin-note' ? 6 : 13}
                value={msg.body}
                disabled={!plans}
                aria-describedby="or-count"
                onInput={(e) => s.editBody(e.currentTarget.value)}
              />
              <p id="or-count" class={`or-count${len.ok ? '' : ' or-over'}`}>
                {fmt(len.unit === 'words' ? ui.words : ui.characters, len)}
              </p>
            </div>
            {t.medium === 'linkedin-note' && (
              <div class="or-check">
                <input
                  id="or-premium"
                  type="checkbox"
                  checked={o.premium}
                  disabled={!plans}
                  onChange={(e) => s.set({ premium: e.currentTarget.checked })}
                />
                <label for="or-premium">{ui.premium}</label>
              </div>
            )}
            {s.edited.value && (
              <p class="notice">
                {ui.edited}{' '}
                <button type="button" onClick={() => s.resetDraft()}>
                  {ui.reset}
                </button>
              </p>
            )}
            <div class="or-actions">
              <button
                type="button"
                class="button-primary"
                disabled={!plans}
                onClick={() => copy(msg.body, ui.copied)}
              >
                {ui.copy}
              </button>
              {t.medium === 'email' && (
                <button
                  type="button"
                  disabled={!plans}
                  onClick={() => copy(msg.subject, ui.subjectCopied)}
                >
                  {ui.copySubject}
                </button>
              )}
              {t.medium === 'email' && (
                <a class="button" href={s.mailto.value}>
                  {ui.mailto}
                </a>
              )}
            </div>
            <p role="status" class="or-status">
              {status}
            </p>
          </div>
          <div class="print-only or-print" dir="auto">
            {msg.subject && <p>{`${ui.subject}: ${msg.subject}`}</p>}
            <p class="or-pre">{msg.body}</p>
          </div>

          <h3 class="no-print">{ui.checksHeading}</h3>
          <p class="no-print">
            {fmt(ui.checksSummary, { fail: fails, pass: checks.length - fails })}
          </p>
          <ul class="or-checks no-print">
            {checks.map((c) => {
              const text = props.checks[c.id === 'length' && c.values?.chars ? 'noteLength' : c.id];
              const guide = guides[text.guide];
              return (
                <li key={c.id} class={`or-${c.state}`}>
                  <span class="or-mark" aria-hidden="true">
                    {c.state === 'pass' ? '✓' : c.state === 'warn' ? '!' : '✗'}
                  </span>
                  <span>
                    <span class="visually-hidden">{ui.states[c.state]} </span>
                    {fmt(text[c.state] ?? text.pass, { ...c.values, found: c.found?.join(', ') })}
                    {c.state !== 'pass' && (
                      <span class="or-reason">
                        {text.reason} {guide && <a href={guide.href}>{fmt(ui.readMore, guide)}</a>}
                      </span>
                    )}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>

        <section
          class={`or-dates${dates.nudge || dates.thanksBy || o.sentAt ? '' : ' no-print'}`}
          aria-labelledby="or-dates-h"
        >
          <h2 id="or-dates-h">{ui.datesHeading}</h2>
          {t.stage === 'first' && (
            <p class="no-print">
              <button
                type="button"
                disabled={!plans}
                onClick={() => {
                  s.markSent(o.sentAt ? null : new Date());
                  say(o.sentAt ? '' : ui.markedSent);
                }}
              >
                {o.sentAt ? ui.unmarkSent : ui.markSent}
              </button>
            </p>
          )}
          <div class="or-field no-print">
            <label for="or-meeting">{ui.meeting}</label>
            <input
              id="or-meeting"
              type="datetime-local"
              disabled={!plans}
              value={o.meetingAt ? localDateTimeInput(new Date(o.meetingAt)) : ''}
              onChange={(e) => s.setMeeting(e.currentTarget.value)}
            />
          </div>
          {(o.sentAt || dates.nudge || dates.thanksBy || dates.keepInTouch) && (
            <ul class="or-when">
              {o.sentAt && <li>{fmt(ui.sentOn, { date: day(o.sentAt) })}</li>}
              {dates.nudge && <li>{fmt(ui.nudgeOn, { date: day(dates.nudge) })}</li>}
              {dates.thanksBy && <li>{fmt(ui.thanksBy, { date: day(dates.thanksBy, true) })}</li>}
              {dates.keepInTouch && <li>{fmt(ui.updateOn, { date: day(dates.keepInTouch) })}</li>}
            </ul>
          )}
          {dates.nudge || dates.thanksBy ? (
            <button type="button" class="no-print" onClick={download}>
              {ui.download}
            </button>
          ) : (
            <p class="or-hint no-print">{ui.noDates}</p>
          )}
        </section>
      </div>
    </div>
  );
}

/** The outreach island: its name on the page and its component, written once. */
export const outreachIsland = defineIsland('outreach', Outreach);
