/**
 * What the conversations page shows about organizations, loaded once a request has gone out:
 * under Today, the second person to write to where nobody has answered for three business days
 * (3B7), and, from the third request on, the "What is working" panel. One component in one
 * place on the page: the conversations page's first script is near its budget. Both are worked out on the
 * device from the plans' logs and the organizations the student keeps.
 */
import { useEffect, useState } from 'preact/hooks';
import { secondContacts } from '../../../lib/organizations/followup';
import { getOrganizationsState } from '../../../lib/organizations/state';
import { whatIsWorking, workingFrom } from '../../../lib/organizations/working';
import { outreachOn, writeToConnection } from '../../../lib/organizations/write';
import type { PlansState } from '../../../lib/plans/state';
import type { ReadonlySignal } from '../../../lib/shared/signals';
import type { TargetsText } from '../../../lib/strings/organizations';
import { fill } from '../../../lib/shared/fill';
import { useSignals } from '../runtime/useSignals';
import { showDay } from '../conversations/format';
import { openLink } from './open';
import { plural } from '../../../lib/shared/plural';

/** What the page passes: the wording and the two tools' addresses in its language. */
export interface TargetsProps {
  text: TargetsText;
  outreach: string;
  organizations: string;
}

/** The organizations the student keeps, once read (after mount, as storage is the browser's). */
function useOrganizations() {
  const [state, setState] = useState<ReturnType<typeof getOrganizationsState> | null>(null);
  useEffect(() => setState(getOrganizationsState()), []);
  return useSignals(() => state?.organizations.value ?? [], [state]);
}

/** Both parts, as the conversations page shows them under Today. */
export default function Targets(props: {
  plans: PlansState;
  now: ReadonlySignal<Date>;
  targets: TargetsProps;
}) {
  return (
    <>
      <SecondContacts {...props} />
      <Working {...props} />
    </>
  );
}

/** "Write to a second person": one entry per organization that is waiting. */
export function SecondContacts({
  plans,
  now,
  targets: { text, outreach, organizations },
}: {
  plans: PlansState;
  now: ReadonlySignal<Date>;
  targets: TargetsProps;
}) {
  const t = text.second;
  const kept = useOrganizations();
  const [mine, at] = useSignals(() => [plans.plans.value && plans.mine(), now.value], [plans]);
  const [failed, setFailed] = useState(false);
  const due = secondContacts(mine, kept, at);
  if (!due.length) return null;
  return (
    <section class="card cv-second" aria-labelledby="cv-second-h">
      <h2 id="cv-second-h">
        {t.heading} ({due.length})
      </h2>
      {failed && (
        <p role="alert" class="notice notice-error">
          {t.failed}
        </p>
      )}
      <ul>
        {due.map((d) => {
          const next = d.next;
          const values = { org: d.name, name: '' };
          return (
            <li key={d.key}>
              <span>
                {fill(t.waiting, {
                  ...values,
                  name: d.waiting.name,
                  date: showDay(d.waiting.askedOn),
                })}
              </span>{' '}
              {next?.kind === 'connection' ? (
                <button
                  type="button"
                  onClick={() => {
                    const plan = writeToConnection(plans, next.connection, d.name);
                    if (!plan) return setFailed(true);
                    openLink(outreachOn(outreach, plan.id));
                  }}
                >
                  {fill(t.writeTo, { ...values, name: next.connection.name })}
                </button>
              ) : next?.kind === 'plan' ? (
                <a href={outreachOn(outreach, next.planId)}>
                  {fill(t.writeTo, { ...values, name: next.name })}
                </a>
              ) : (
                <a href={organizations}>{fill(t.findSomeone, values)}</a>
              )}{' '}
              <span class="cv-due">{fill(t.nudgeNote, { name: d.waiting.name })}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The "What is working" panel, once enough requests have gone out to count. */
export function Working({
  plans,
  targets: { text },
}: {
  plans: PlansState;
  targets: TargetsProps;
}) {
  const t = text.working;
  const mine = useSignals(() => plans.plans.value && plans.mine(), [plans]);
  const w = whatIsWorking(mine);
  if (w.all.sent < workingFrom) return null;
  const lines = (
    groups: { group: string; sent: number; replies: number }[],
    labels: Record<string, string>,
  ) => (
    <ul>
      {groups.map((g) => (
        <li key={g.group}>{plural(t.line, g.replies, { label: labels[g.group], ...g })}</li>
      ))}
    </ul>
  );
  return (
    <section class="card cv-working" aria-labelledby="cv-working-h">
      <h2 id="cv-working-h">{t.heading}</h2>
      <p>
        {plural(t.all, w.all.sent, { ...w.all })} {t.intro}
      </p>
      <h3>{t.byChannel}</h3>
      {lines(w.byChannel, t.channels)}
      <h3>{t.byConnection}</h3>
      {lines(w.byConnection, t.connections)}
      <p>
        {w.typicalDays === null
          ? t.noReplyYet
          : w.typicalDays === 0
            ? t.sameDay
            : plural(t.typical, w.typicalDays)}
      </p>
    </section>
  );
}
