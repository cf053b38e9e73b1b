import type { Translation } from '../../../lib/i18n/lang';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import './Outreach.css';
import { blankPlanStore } from '../../../lib/plans/state';
import type {
  CheckText,
  reminders as reminderText,
  ui as uiText,
} from '../../../lib/strings/outreach';
import type { StepWords } from '../../../lib/conversations/steps';
import { createOutreachState, type OutreachData } from '../../../lib/outreach/state';
import { withoutParams } from '../../../lib/plans/link';
import { PlanFields } from '../plans/PlanFields';
import { usePlans } from '../plans/usePlans';
import { defineIsland } from '../runtime/define';
import { useSignals } from '../runtime/useSignals';
import { Checks } from './Checks';
import type * as DatesModule from './Dates.lazy';
import { Fields } from './Fields';
import { Message } from './Message';

interface Props extends OutreachData {
  ui: Translation<typeof uiText>;
  checks: Record<string, CheckText>;
  reminders: Translation<typeof reminderText>;
  /** The next step's wording, as Today says it. */
  stepWords: StepWords;
  /** Guides that exist, by slug, for the checks' "more in the guide" links. */
  guides: Record<string, { href: string; title: string }>;
}

/**
 * The outreach message generator: inputs, the message with live checks, and follow-up dates. A
 * thin view over src/lib/outreach/state.ts; each part is its own component.
 */
export default function Outreach(props: Props) {
  const { ui } = props;
  const plans = usePlans();
  // Before the plans load (server render and hydration) the tool shows an empty plan.
  const s = useMemo(() => createOutreachState(plans ?? blankPlanStore(), props), [plans]);
  // Everything the parts show derives from the current plan (and the fixed templates), so a
  // change to the plan re-renders them; they read the state's signals as they render.
  useSignals(() => [s.plan.value, s.student.value], [s]);
  // A notice is about the plan it was said on: switching to another person clears it.
  const [said, setSaid] = useState({ plan: '', text: '' });
  const status = said.plan === s.plan.value.id ? said.text : '';
  const say = (text: string) => setSaid({ plan: s.plan.value.id, text });
  // A link can ask for a message (`?message=thank-you`, from the conversations page): opened
  // once the plans are there, then taken out of the address so a reload keeps the student's choice.
  useEffect(() => {
    if (!plans) return;
    const q = new URLSearchParams(location.search);
    if (!q.has('message')) return;
    s.openMessage(q.get('message'));
    history.replaceState(history.state, '', withoutParams(location.href, ['message']));
  }, [s, plans]);
  // The dates section (what happened, what is due, reminders) and the rules it reads from the
  // log load as it comes into view, or when a link leads to it: the message is the page's job.
  const [dates, setDates] = useState<typeof DatesModule | null>(null);
  const shell = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!plans || !shell.current) return;
    const seen = new IntersectionObserver(
      (e) => {
        if (!e.some((x) => x.isIntersecting)) return;
        seen.disconnect();
        void import('./Dates.lazy').then((m) => setDates(m));
      },
      { rootMargin: '300px' },
    );
    seen.observe(shell.current);
    return () => seen.disconnect();
  }, [plans]);

  return (
    <PlanFields ready={!!plans}>
      <div class="outreach">
        <Fields s={s} ui={ui} templates={props.templates} />
        <div class="or-main">
          <section class="or-message" aria-labelledby="or-message-h">
            <Message s={s} ui={ui} status={status} say={say} />
            <Checks checks={s.checks.value} ui={ui} wording={props.checks} guides={props.guides} />
          </section>
          {dates && plans ? (
            <dates.Dates
              s={s}
              store={plans}
              ui={ui}
              reminders={props.reminders}
              stepWords={props.stepWords}
              say={say}
            />
          ) : (
            <section class="or-dates no-print" aria-labelledby="or-dates-h" ref={shell}>
              <h2 id="or-dates-h">{ui.datesHeading}</h2>
            </section>
          )}
        </div>
      </div>
    </PlanFields>
  );
}

/** The outreach island: its name on the page and its component, written once. */
export const outreachIsland = defineIsland('outreach', Outreach);
