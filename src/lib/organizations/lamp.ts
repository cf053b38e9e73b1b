/**
 * The LAMP list: the student's organizations joined with the ones their plans name, each with
 * its Advocacy (someone the student knows there), sorted as The 2-Hour Job Search sorts them:
 * Motivation first, then Postings, then Advocacy; the first five are where to start.
 */
import type { Plan } from '../plans/plan';
import {
  orgKey,
  postingLevels,
  topCount,
  type Connection,
  type Organization,
} from './organization';

/** Someone the student knows at an organization: a plan's person, or a kept connection. */
export type Known =
  | { kind: 'plan'; planId: string; name: string; role: string }
  | { kind: 'connection'; connection: Connection };

/** One line of the list as the tool shows it. */
export interface ListedOrg {
  /** Compares names (see orgKey). */
  key: string;
  /** The stored organization; null for one only a plan names so far. */
  stored: Organization | null;
  name: string;
  motivation: Organization['motivation'];
  postings: Organization['postings'];
  /** People the student knows there: plans first, then connections not yet plans. */
  known: Known[];
  /** Yes when the student knows someone there. */
  advocacy: boolean;
  /** Position on the sorted list, from 1. */
  rank: number;
  /** One of the first five: where to start. */
  top: boolean;
}

/** The plans at each organization, by its key (plans without an organization left out). */
export function plansByOrg(plans: readonly Plan[]): Map<string, Plan[]> {
  const by = new Map<string, Plan[]>();
  for (const p of plans) {
    const key = orgKey(p.person.organization);
    if (!key) continue;
    const list = by.get(key);
    if (list) list.push(p);
    else by.set(key, [p]);
  }
  return by;
}

/**
 * Who the student knows at an organization: each plan's person (a plan counts once it names
 * someone), then each kept connection whose name no plan there already has.
 */
export function knownAt(org: Pick<Organization, 'connections'>, plans: readonly Plan[]): Known[] {
  const people: Known[] = plans
    .filter((p) => p.person.name.trim())
    .map((p) => ({ kind: 'plan', planId: p.id, name: p.person.name, role: p.person.role }));
  const named = new Set(plans.map((p) => p.person.name.trim().toLowerCase()));
  for (const connection of org.connections)
    if (!named.has(connection.name.trim().toLowerCase()))
      people.push({ kind: 'connection', connection });
  return people;
}

/** Orders the list: higher Motivation, then more Postings, then Advocacy, then by name. */
export function lampCompare(
  a: Pick<ListedOrg, 'motivation' | 'postings' | 'advocacy' | 'name'>,
  b: Pick<ListedOrg, 'motivation' | 'postings' | 'advocacy' | 'name'>,
): number {
  return (
    b.motivation - a.motivation ||
    postingLevels.indexOf(b.postings) - postingLevels.indexOf(a.postings) ||
    Number(b.advocacy) - Number(a.advocacy) ||
    a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  );
}

/**
 * The list and the removed organizations: every stored organization, and every organization a
 * plan names that is not stored (it joins with no ratings yet). Removed ones stay removed even
 * while a plan names them.
 */
export function lampList(
  stored: readonly Organization[],
  plans: readonly Plan[],
): { list: ListedOrg[]; removed: Organization[] } {
  const byOrg = plansByOrg(plans);
  const keys = new Set<string>();
  const list: ListedOrg[] = [];
  const removed: Organization[] = [];
  const add = (
    key: string,
    stored: Organization | null,
    org: Pick<Organization, 'name' | 'motivation' | 'postings' | 'connections'>,
  ) => {
    const known = knownAt(org, byOrg.get(key) ?? []);
    list.push({
      key,
      stored,
      name: org.name,
      motivation: org.motivation,
      postings: org.postings,
      known,
      advocacy: known.length > 0,
      rank: 0,
      top: false,
    });
  };
  for (const org of stored) {
    const key = orgKey(org.name);
    if (keys.has(key)) continue;
    keys.add(key);
    if (org.removed) removed.push(org);
    else add(key, org, org);
  }
  for (const [key, at] of byOrg) {
    if (keys.has(key)) continue;
    keys.add(key);
    const name = at[0].person.organization.trim().replace(/\s+/g, ' ');
    add(key, null, { name, motivation: 0, postings: 'none', connections: [] });
  }
  list.sort(lampCompare);
  list.forEach((o, i) => {
    o.rank = i + 1;
    o.top = i < topCount;
  });
  return { list, removed };
}

/** The organizations whose name holds every word of the filter (accents and case aside). */
export function filterOrgs<T extends { name: string }>(list: readonly T[], query: string): T[] {
  const words = orgKey(query).split(' ').filter(Boolean);
  if (!words.length) return [...list];
  return list.filter((o) => {
    const key = orgKey(o.name);
    return words.every((w) => key.includes(w));
  });
}
