/**
 * One organization on the target list (the organizations island, ./Organizations.tsx): its place,
 * motivation and postings ratings, Advocacy, the people the student knows there, and removal.
 */
import type { Known, ListedOrg } from '../../../lib/organizations/lamp';
import {
  motivationLevels,
  postingLevels,
  type Organization,
} from '../../../lib/organizations/organization';
import { outreachOn } from '../../../lib/organizations/write';
import type { OrganizationsText } from '../../../lib/strings/organizations';
import { fill } from '../../../lib/shared/fill';
import { plural } from '../../../lib/shared/plural';

/** An id for a list entry's controls, stable while its name stays. */
export const idOf = (key: string) => `org-${key.replace(/[^a-z0-9]+/g, '-')}`;

/** One organization on the list: its place, ratings, Advocacy, people and removal. */
export function Item({
  o,
  t,
  outreach,
  onRate,
  onWrite,
  onRemove,
}: {
  o: ListedOrg;
  t: OrganizationsText;
  outreach: string;
  onRate: (patch: Partial<Pick<Organization, 'motivation' | 'postings'>>) => void;
  onWrite: (c: Extract<Known, { kind: 'connection' }>['connection']) => void;
  onRemove: () => void;
}) {
  const id = idOf(o.key);
  const of = <span class="visually-hidden"> {fill(t.motivation.of, o)}</span>;
  return (
    <li class={o.top ? 'org-item org-top' : 'org-item'}>
      <h3 id={`${id}-h`}>
        <span class="visually-hidden">{fill(t.rank, { n: o.rank })}: </span>
        {o.name}
        {o.top && <span class="org-badge">{t.top}</span>}
      </h3>
      <div class="org-rates">
        <span>
          <label for={`${id}-m`}>
            {t.motivation.label}
            {of}
          </label>
          <select
            id={`${id}-m`}
            value={o.motivation}
            onChange={(e) =>
              onRate({ motivation: Number(e.currentTarget.value) as Organization['motivation'] })
            }
          >
            {motivationLevels.map((m) => (
              <option key={m} value={m}>
                {t.motivation.levels[m]}
              </option>
            ))}
          </select>
        </span>
        <span>
          <label for={`${id}-p`}>
            {t.postings.label}
            {of}
          </label>
          <select
            id={`${id}-p`}
            value={o.postings}
            onChange={(e) =>
              onRate({ postings: e.currentTarget.value as Organization['postings'] })
            }
          >
            {postingLevels.map((p) => (
              <option key={p} value={p}>
                {t.postings.levels[p]}
              </option>
            ))}
          </select>
        </span>
        <span>
          <strong>{t.advocacy.label}:</strong>{' '}
          {o.advocacy ? plural(t.advocacy.yes, o.known.length) : t.advocacy.no}
        </span>
      </div>
      {o.known.length > 0 && (
        <details class="org-people">
          <summary>{fill(t.people, o)}</summary>
          <ul>
            {o.known.map((k) =>
              k.kind === 'plan' ? (
                <li key={k.planId}>
                  <a href={outreachOn(outreach, k.planId)} aria-label={fill(t.planLink, k)}>
                    {k.name}
                  </a>
                  {k.role && <span class="org-role">{k.role}</span>}
                </li>
              ) : (
                <li key={k.connection.name}>
                  <span>{k.connection.name}</span>
                  {k.connection.position && <span class="org-role">{k.connection.position}</span>}
                  <span class="org-actions">
                    <button type="button" onClick={() => onWrite(k.connection)}>
                      {fill(t.write, k.connection)}
                    </button>
                    {k.connection.url && (
                      <a
                        href={k.connection.url}
                        rel="noopener noreferrer"
                        aria-label={fill(t.profileOf, k.connection)}
                      >
                        {t.profile}
                      </a>
                    )}
                  </span>
                </li>
              ),
            )}
          </ul>
        </details>
      )}
      <button
        type="button"
        class="org-remove"
        aria-label={fill(t.removeLabel, o)}
        onClick={onRemove}
      >
        {t.remove}
      </button>
    </li>
  );
}
