/**
 * "Continue on the full site" in an embed, its one way out: opens the tool's page on the full site
 * in a new tab. Inside a frame, whose storage belongs to the host site, the tab carries every
 * plan of the student's and which one they were working on, in its address's fragment
 * (src/lib/plans/handoff.lazy.ts); plans too large for a link are downloaded as an export file
 * instead. Loaded when the button is first pressed.
 */
import { getPlansState } from '../../lib/plans/state';
import { getOrganizationsState } from '../../lib/organizations/state';
import { handoffUrl, handoffUrlMax } from '../../lib/plans/handoff.lazy';
import { exportPlanList } from '../../lib/plans/file.lazy';
import { downloadFile } from '../../components/islands/runtime/actions/download';
import { formatNumber, plural } from '../../lib/shared/plural';
import { readProps } from '../../components/islands/runtime/dom';
import { handoffSendView } from '../../components/islands/plans/views';

const button = document.querySelector<HTMLElement>('[data-embed-continue]')!;

/** Hands the plans to the full site; the button's `data-embed-continue` is the page. */
export async function continueOnFullSite(): Promise<void> {
  const page = new URL(button.dataset.embedContinue!, location.href).href;
  const status = document.querySelector('[data-embed-continue-status]')!;
  const say = (...parts: (string | Node)[]) => status.replaceChildren(...parts);
  // The wording the embed page left (src/layouts/Embed.astro), in its language.
  const t = readProps(handoffSendView);
  const state = getPlansState();
  // Every plan but an untouched default one, which holds no work.
  const plans = state.mine();
  // Open on its own, the embed shares the full site's storage: the plans are there already.
  // With no work to take, there is nothing to carry either.
  if (window.top === window.self || !plans.length)
    return void window.open(page, '_blank', 'noopener');
  let result: Awaited<ReturnType<typeof handoffUrl>>;
  try {
    result = await handoffUrl(page, {
      plans,
      currentId: state.current.value.id,
      student: state.student.value,
      organizations: getOrganizationsState().organizations.value,
    });
  } catch {
    return say(t.failed);
  }
  if (!result.ok) {
    downloadFile(
      t.fileName,
      exportPlanList(
        plans,
        new Date(),
        state.student.value,
        getOrganizationsState().organizations.value,
      ),
      'application/json',
    );
    return say(
      plural(t.tooLarge, plans.length, {
        length: formatNumber(result.length),
        max: formatNumber(handoffUrlMax),
      }),
    );
  }
  // Not 'noopener', which would hide whether the browser opened the tab at all.
  const tab = window.open(result.url, '_blank');
  if (tab) {
    tab.opener = null;
    return say(plural(t.opened, plans.length, { name: plans[0].name }));
  }
  // A blocked pop-up: a link the student presses opens the tab (the page's <base> targets
  // _blank, and the embed's style marks the link as opening a new tab, src/layouts/Embed.astro).
  const link = document.createElement('a');
  link.href = result.url;
  link.rel = 'noopener';
  link.textContent = t.blockedLink;
  say(`${t.blocked} `, link);
}

// The page script imports this module on the first press (src/client/embed/frame.ts): it answers
// that press, and every later one directly.
button.onclick = () => void continueOnFullSite();
void continueOnFullSite();
