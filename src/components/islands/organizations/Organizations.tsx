import { useEffect, useState } from 'preact/hooks';
import type * as KnownModule from './Known.lazy';
import { filterOrgs, lampList, type Known } from '../../../lib/organizations/lamp';
import {
  organizationLimits,
  orgKey,
  suggestedListSize,
  type Organization,
} from '../../../lib/organizations/organization';
import { getOrganizationsState } from '../../../lib/organizations/state';
import { outreachOn, writeToConnection } from '../../../lib/organizations/write';
import type { OrganizationsText } from '../../../lib/strings/organizations';
import { fill } from '../../../lib/shared/fill';
import { PlanFields } from '../plans/PlanFields';
import { usePlans } from '../plans/usePlans';
import { defineIsland } from '../runtime/define';
import { useFocusAfterRender } from '../runtime/useFocusAfterRender';
import { useSignals } from '../runtime/useSignals';
import { openLink } from './open';
import { plural } from '../../../lib/shared/plural';
import './Organizations.css';
import { idOf, Item } from './Item';

interface Props {
  text: OrganizationsText;
  /** The outreach tool's address in the page's language. */
  outreach: string;
}

/**
 * The target organizations tool: the LAMP list (added by name, joined by every organization a
 * plan names), each rated for Motivation and Postings with its Advocacy worked out, sorted, the
 * top five marked; filter, remove and put back; and who the student already knows, from their
 * LinkedIn export (its reader loads when a file is chosen).
 */
export default function Organizations({ text: t, outreach }: Props) {
  const plans = usePlans();
  const [orgs, setOrgs] = useState<ReturnType<typeof getOrganizationsState> | null>(null);
  useEffect(() => setOrgs(getOrganizationsState()), []);
  const [mine, stored, notices] = useSignals(
    () =>
      plans && orgs
        ? [plans.plans.value && plans.mine(), orgs.organizations.value, orgs.notices.value]
        : [[], [] as Organization[], []],
    [plans, orgs],
  );
  const { list, removed } = lampList(stored, mine);
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState('');
  const [alert, setAlert] = useState('');
  // The last file read, with the module that reads and shows it (loaded with the first file).
  const [known, setKnown] = useState<{
    m: typeof KnownModule;
    result: KnownModule.Result;
    at: number;
  } | null>(null);
  const focus = useFocusAfterRender();
  const shown = filterOrgs(list, query);
  const ready = !!(plans && orgs);
  const corrupt = notices.find((n) => n.kind === 'corrupt' && n.backupKey);

  /** Runs a change and says what it did, or that storage had no room. */
  const run = (saved: boolean, message: string) => {
    setAlert(saved ? '' : t.notSaved);
    if (saved) setStatus(message);
  };
  const names = new Set(list.map((o) => o.key));

  const write = (connection: Extract<Known, { kind: 'connection' }>['connection'], org: string) => {
    const plan = writeToConnection(plans!, connection, org, { profileNote: t.profile });
    if (!plan) return setAlert(t.writeFailed);
    openLink(outreachOn(outreach, plan.id));
  };

  return (
    <div class="org">
      {corrupt && (
        <p class="notice notice-warning">{fill(t.corrupt, { key: corrupt.backupKey! })}</p>
      )}
      <div role="alert">{alert && <p class="notice notice-error">{alert}</p>}</div>
      <PlanFields ready={ready}>
        <form
          class="org-add"
          onSubmit={(e) => {
            e.preventDefault();
            const input = e.currentTarget.elements.namedItem('name') as HTMLInputElement;
            const name = input.value.trim().replace(/\s+/g, ' ');
            if (!name) return;
            const key = orgKey(name);
            const back = removed.find((o) => orgKey(o.name) === key);
            if (names.has(key)) setStatus(fill(t.add.known, { name }));
            else
              run(
                orgs!.add([{ name }]),
                fill(back ? t.add.restored : t.add.added, { name: back?.name ?? name }),
              );
            input.value = '';
          }}
        >
          <label for="org-add-name">{t.add.label}</label>
          <p id="org-add-hint" class="org-hint">
            {t.add.hint}
          </p>
          <span class="org-row">
            <input
              id="org-add-name"
              name="name"
              autocomplete="organization"
              maxLength={organizationLimits.name}
              aria-describedby="org-add-hint"
            />
            <button type="submit">{t.add.button}</button>
          </span>
        </form>
        <p role="status" class="org-status">
          {status}
        </p>

        <section aria-labelledby="org-list-h">
          <h2 id="org-list-h">{t.heading}</h2>
          <p>
            {list.length
              ? `${plural(t.count, list.length, { goal: suggestedListSize })} ${t.sortNote}`
              : t.empty}
          </p>
          {list.length > 0 && (
            <p class="org-filter">
              <label for="org-filter">{t.filter}</label>
              <input
                id="org-filter"
                type="search"
                value={query}
                onInput={(e) => setQuery(e.currentTarget.value)}
              />
            </p>
          )}
          {list.length > 0 && !shown.length && <p>{fill(t.noMatch, { query })}</p>}
          {shown.length > 0 && (
            <ol class="org-list">
              {shown.map((o, i) => (
                <Item
                  key={o.key}
                  o={o}
                  t={t}
                  outreach={outreach}
                  onRate={(patch) => run(orgs!.update(o.name, patch), '')}
                  onWrite={(c) => write(c, o.name)}
                  onRemove={() => {
                    run(orgs!.update(o.name, { removed: true }), fill(t.removed, { name: o.name }));
                    const next = shown[i + 1] ?? shown[i - 1];
                    focus(next ? `${idOf(next.key)}-m` : 'org-add-name');
                  }}
                />
              ))}
            </ol>
          )}
        </section>

        {removed.length > 0 && (
          <section aria-labelledby="org-removed-h" class="org-removed">
            <h2 id="org-removed-h">{t.removedHeading}</h2>
            <ul>
              {removed.map((o) => (
                <li key={o.id}>
                  <span>{o.name}</span>{' '}
                  <button
                    type="button"
                    aria-label={fill(t.restoreLabel, o)}
                    onClick={() => {
                      run(orgs!.update(o.name, { removed: false }), fill(t.add.restored, o));
                      focus(`${idOf(orgKey(o.name))}-m`);
                    }}
                  >
                    {t.restore}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}

        <section aria-labelledby="org-known-h" class="org-known">
          <h2 id="org-known-h">{t.known.heading}</h2>
          <p>{t.known.text}</p>
          <p>
            <label for="org-file">{t.known.file}</label>
            <input
              id="org-file"
              type="file"
              accept=".csv,text/csv"
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                if (!file) return;
                setStatus(t.known.reading);
                void import('./Known.lazy').then(async (m) =>
                  setKnown({ m, result: await m.readConnectionsFile(file), at: Date.now() }),
                );
              }}
            />
          </p>
          {known && orgs && (
            <known.m.Chooser
              key={known.at}
              result={known.result}
              t={t}
              listed={names}
              say={setStatus}
              onAdd={(chosen) => orgs.add(chosen)}
              onError={setAlert}
            />
          )}
        </section>
      </PlanFields>
    </div>
  );
}

/** The organizations island: its name on the page and its component, written once. */
export const organizationsIsland = defineIsland('organizations', Organizations);
