import { useEffect, useState } from 'preact/hooks';
import './Conversations.css';
// The data tools' styles and the page's print table: static, as lazy chunks carry no CSS.
import './DataTools.css';
import './print.css';
import type * as DataToolsModule from './DataTools.lazy';
import type * as TargetsModule from '../organizations/Targets.lazy';
import {
  createConversationsState,
  type ConversationsState,
} from '../../../lib/conversations/state';
import type { ConversationsText } from '../../../lib/strings/conversations';
import { PlanFields } from '../plans/PlanFields';
import { usePlans } from '../plans/usePlans';
import { defineIsland } from '../runtime/define';
import { useFocusAfterRender } from '../runtime/useFocusAfterRender';
import { useSignals } from '../runtime/useSignals';
import { AddPerson } from './AddPerson';
import { List } from './List';
import { Pace } from './Pace';
import { Today } from './Today';

interface Props {
  text: ConversationsText;
  /** Connection choices with their labels, in the order the outreach form shows them. */
  connections: { value: string; label: string }[];
  /** Organizations' wording and addresses (see Targets.lazy.tsx); loaded once a request is sent. */
  targets?: TargetsModule.TargetsProps;
}

/**
 * The conversations page: Today, the weekly pace, adding a person, and every plan with its
 * stage and next step. A thin view over src/lib/conversations/state.ts.
 */
export default function Conversations({ text: t, connections, targets }: Props) {
  const plans = usePlans();
  // With hundreds of people the first render after the plans load was the page's longest task
  // on a phone. Each part has a task of its own: working out every stage and Today, then showing
  // Today, the pace and the add form, then the list. (A state change renders at the end of the
  // task that makes it.)
  const [[s, listed], show] = useState<[ConversationsState | null, boolean?]>([null]);
  useEffect(() => {
    const next = plans && createConversationsState(plans);
    if (!next) return;
    // The clock moves on while the page sits in a tab: Today is worked out again on return.
    // Printing lists everyone, not the page of them on screen.
    document.onvisibilitychange = () => document.visibilityState === 'visible' && next.tick();
    onbeforeprint = () => (next.all.value = true);
    onafterprint = () => (next.all.value = false);
    setTimeout(() => {
      void next.today.value;
      setTimeout(() => {
        show([next]);
        setTimeout(show, 0, [next, true]);
      });
    });
  }, [plans]);
  // What the page shows; it re-renders when any of it changes. The filter, the sort and the
  // clock need no place of their own: the list, Today and the pace are worked out from them.
  const [rows] = useSignals(
    () => (s ? [s.rows.value, s.list.value, s.today.value, s.pace.value, s.all.value] : []),
    [s],
  );
  const [status, say] = useState('');
  // CSV import and export and the calendar file load when the student opens them. The
  // disclosure is in the server's HTML too, so nothing below it moves when the page goes live.
  const [data, setData] = useState<typeof DataToolsModule | null>(null);
  const dataTools = (
    <details
      class="cv-data no-print"
      onToggle={() => !data && void import('./DataTools.lazy').then(setData)}
    >
      <summary>{t.dataTools}</summary>
      {data && rows && (
        <data.default rows={rows} onAdd={(people) => data.addPeople(plans!, people)} />
      )}
    </details>
  );
  const focus = useFocusAfterRender();

  // The second person at an organization and "What is working": once a request has gone out.
  const [parts, setParts] = useState<typeof TargetsModule | null>(null);
  if (!parts && targets && rows?.some((r) => r.status.sentOn))
    void import('../organizations/Targets.lazy').then(setParts);

  const people = rows?.length ?? 0;
  return (
    <div class="cv">
      <p role="status" class="cv-status">
        {status}
      </p>
      {!s || people === 0 ? (
        // Before the plans load this is what a first visit shows, disabled: nothing moves when it loads.
        <section class="cv-empty card" aria-labelledby="cv-empty-h">
          <h2 id="cv-empty-h">{t.empty.heading}</h2>
          <p>{t.empty.text}</p>
          <PlanFields ready={!!s}>
            <AddPerson s={s} t={t} connections={connections} say={say} focus={focus} />
          </PlanFields>
          <p>
            <a href={t.empty.guideHref}>{t.empty.guide}</a>
          </p>
          {dataTools}
        </section>
      ) : (
        <>
          <Today s={s} t={t} say={say} />
          {parts && <parts.default plans={plans!} now={s.now} targets={targets!} />}
          <Pace s={s} t={t} />
          <AddPerson s={s} t={t} connections={connections} say={say} focus={focus} />
          {dataTools}
          {listed && <List s={s} t={t} connections={connections} say={say} />}
        </>
      )}
    </div>
  );
}

/** The conversations island: its name on the page and its component, written once. */
export const conversationsIsland = defineIsland('conversations', Conversations);
