/**
 * "Continue on the full site" in an embed: opens the tool's page on the full site in a new tab.
 * Inside a frame, whose storage belongs to the host site, the tab carries the current plan in
 * its address's fragment (src/lib/plans/handoff.lazy.ts), and a plan too large for a link is
 * downloaded as an export file instead. Loaded when the button is first pressed.
 */
import { getPlansState } from '../../lib/plans/state';
import { handoffUrl, handoffUrlMax } from '../../lib/plans/handoff.lazy';
import { exportPlanList } from '../../lib/plans/file.lazy';
import { downloadFile } from '../../components/islands/runtime/actions/download';
import { handoffSendText as t } from '../../lib/strings/handoff';
import { newTab } from '../../lib/strings/embed';

const button = document.querySelector<HTMLElement>('[data-embed-continue]')!;

/** Hands the current plan to the full site; the button's `data-embed-continue` is the page. */
export async function continueOnFullSite(): Promise<void> {
  const page = new URL(button.dataset.embedContinue!, location.href).href;
  const status = document.querySelector('[data-embed-continue-status]')!;
  const say = (...parts: (string | Node)[]) => status.replaceChildren(...parts);
  // Open on its own, the embed shares the full site's storage: the plan is there already.
  if (window.top === window.self) return void window.open(page, '_blank', 'noopener');
  const plan = getPlansState().current.value;
  let result: Awaited<ReturnType<typeof handoffUrl>>;
  try {
    result = await handoffUrl(page, plan);
  } catch {
    return say(t.failed);
  }
  if (!result.ok) {
    downloadFile(t.fileName, exportPlanList([plan]), 'application/json');
    return say(t.tooLarge(result.length, handoffUrlMax));
  }
  // Not 'noopener', which would hide whether the browser opened the tab at all.
  const tab = window.open(result.url, '_blank');
  if (tab) {
    tab.opener = null;
    return say(t.opened(plan.name));
  }
  // A blocked pop-up: a link the student presses opens the tab (the page's <base> targets _blank).
  const link = document.createElement('a');
  link.href = result.url;
  link.rel = 'noopener';
  const hint = document.createElement('span');
  hint.className = 'visually-hidden';
  hint.textContent = ` ${newTab}`;
  link.append(t.blockedLink, hint);
  say(`${t.blocked} `, link);
}

// The page script imports this module on the first press (src/client/embed/frame.ts): it answers
// that press, and every later one directly.
button.onclick = () => void continueOnFullSite();
void continueOnFullSite();
