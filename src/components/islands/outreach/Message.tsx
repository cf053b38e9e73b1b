import type { Translation } from '../../../lib/i18n/lang';
import type { OutreachState } from '../../../lib/outreach/state';
import type { ui as uiText } from '../../../lib/strings/outreach';
import { fill } from '../../../lib/shared/fill';
import { copyText } from '../runtime/actions/clipboard';

/** The message: subject and body to edit, its length, copy and mail buttons, and its print copy. */
export function Message({
  s,
  ui,
  status,
  say,
}: {
  s: OutreachState;
  ui: Translation<typeof uiText>;
  status: string;
  say: (message: string) => void;
}) {
  const o = s.outreach.value;
  const t = s.template.value;
  const msg = s.message.value;
  const len = s.length.value;
  const copy = (text: string, done: string) =>
    copyText(text).then((ok) => say(ok ? done : ui.copyFailed));
  return (
    <>
      <h2 id="or-message-h">{ui.messageHeading}</h2>
      <div class="no-print">
        {t.medium === 'email' && (
          <div class="or-field">
            <label for="or-subject">{ui.subject}</label>
            <input
              id="or-subject"
              dir="auto"
              value={msg.subject}
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
            aria-describedby="or-count"
            onInput={(e) => s.editBody(e.currentTarget.value)}
          />
          <p id="or-count" class={`or-count${len.ok ? '' : ' or-over'}`}>
            {fill(len.unit === 'words' ? ui.words : ui.characters, len)}
          </p>
        </div>
        {t.medium === 'linkedin-note' && (
          <div class="or-check">
            <input
              id="or-premium"
              type="checkbox"
              checked={o.premium}
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
          <button type="button" class="button-primary" onClick={() => copy(msg.body, ui.copied)}>
            {ui.copy}
          </button>
          {t.medium === 'email' && (
            <button type="button" onClick={() => copy(msg.subject, ui.subjectCopied)}>
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
    </>
  );
}
