/**
 * Who you already know: the organizations of the student's LinkedIn export, most connections
 * first, to tick and add to the list with the people there. Loaded with the CSV reader when the
 * student chooses a file; what it read stays in this page only, never in storage.
 */
import { useEffect, useState } from 'preact/hooks';
import {
  readConnectionsFile,
  type ConnectionsResult,
  type RankedOrg,
} from '../../../lib/organizations/connections.lazy';

export { readConnectionsFile };
export type Result = ConnectionsResult;
import { filterOrgs } from '../../../lib/organizations/lamp';
import type { Connection } from '../../../lib/organizations/organization';
import type { OrganizationsText } from '../../../lib/strings/organizations';
import { plural } from '../../../lib/shared/plural';

/** Organizations shown at first, and how many more each "Show more" adds. */
const pageSize = 25;

/** The ranked organizations of a file to choose from, or why the file gave none. */
export function Chooser({
  result,
  t,
  listed,
  say,
  onAdd,
  onError,
}: {
  result: ConnectionsResult;
  t: OrganizationsText;
  /** Keys of the organizations already on the list. */
  listed: ReadonlySet<string>;
  say: (message: string) => void;
  onAdd: (chosen: { name: string; connections: Connection[] }[]) => boolean;
  onError: (message: string) => void;
}) {
  const k = t.known;
  // Organizations already on the list start ticked: adding keeps the people there with them.
  const [chosen, setChosen] = useState(
    () => new Set(result.ok ? result.orgs.filter((o) => listed.has(o.key)).map((o) => o.key) : []),
  );
  const [query, setQuery] = useState('');
  const [count, setCount] = useState(pageSize);
  const said = result.ok
    ? plural(k.read, result.rows, { orgs: result.orgs.length })
    : k.errors[result.error];
  useEffect(() => {
    say(result.ok ? said : '');
    onError(result.ok ? '' : said);
  }, []);
  if (!result.ok) return null;
  const matching = filterOrgs(result.orgs, query);
  const shown = matching.slice(0, count);
  const toggle = (o: RankedOrg, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(o.key);
    else next.delete(o.key);
    setChosen(next);
  };
  return (
    <div class="org-choose">
      <p>{said}</p>
      <p class="org-filter">
        <label for="org-find">{k.find}</label>
        <input
          id="org-find"
          type="search"
          value={query}
          onInput={(e) => {
            setQuery(e.currentTarget.value);
            setCount(pageSize);
          }}
        />
      </p>
      <fieldset>
        <legend>{k.choose}</legend>
        <ul class="org-choices">
          {shown.map((o, i) => (
            <li key={o.key}>
              <input
                type="checkbox"
                id={`org-c-${i}`}
                checked={chosen.has(o.key)}
                onChange={(e) => toggle(o, e.currentTarget.checked)}
              />
              <label for={`org-c-${i}`}>
                {o.name} <span class="org-role">{plural(k.connections, o.people.length)}</span>
                {listed.has(o.key) && <span class="org-role"> ({k.onList})</span>}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {matching.length > count && (
        <p>
          <button
            type="button"
            onClick={() => {
              setCount(count + pageSize);
              // Focus goes to the first newly shown organization.
              setTimeout(() => document.getElementById(`org-c-${count}`)?.focus());
            }}
          >
            {k.more}
          </button>
        </p>
      )}
      <p>
        <button
          type="button"
          id="org-add-chosen"
          onClick={() => {
            const picked = result.orgs.filter((o) => chosen.has(o.key));
            if (!picked.length) return onError(k.noneChosen);
            if (!onAdd(picked.map((o) => ({ name: o.name, connections: o.people }))))
              return onError(t.notSaved);
            onError('');
            say(plural(k.addedChosen, picked.length));
          }}
        >
          {plural(k.addChosen, chosen.size)}
        </button>
      </p>
    </div>
  );
}
