/**
 * The student's target organizations, kept in browser storage under `iik:organizations:v1` by
 * the same store as the plans (storage.ts): read through its schema, unreadable data copied
 * aside rather than lost, full or blocked storage kept in memory with a notice, other tabs'
 * changes followed. Each change is saved all or nothing: false means storage had no room.
 */
import { signal, type ReadonlySignal } from '../shared/signals';
import { createStore, type StorageLike, type StoreEvent } from '../storage/store';
import {
  cleanName,
  orgKey,
  organizationLimits,
  organizationsKey,
  organizationsRecordSchema,
  organizationsVersion,
  type Connection,
  type Organization,
} from './organization';

/** A change to one organization: its ratings, or whether it is on the list. */
export type OrgPatch = Partial<Pick<Organization, 'motivation' | 'postings' | 'removed'>>;

export interface OrganizationsState {
  organizations: ReadonlySignal<Organization[]>;
  /** What the store reported: unreadable data set aside (with its key), storage full or blocked. */
  notices: ReadonlySignal<StoreEvent[]>;
  /** Changes the organization with this name, storing it first if only a plan names it. */
  update(name: string, patch: OrgPatch): boolean;
  /** Adds organizations by name (with the connections kept at each); known names are restored. */
  add(entries: readonly { name: string; connections?: readonly Connection[] }[]): boolean;
  /** Saves a whole new list, all or nothing (an import's). */
  replace(next: Organization[]): boolean;
}

/** Makes an id: crypto.randomUUID where there is one. */
const makeId = () =>
  globalThis.crypto?.randomUUID?.() ??
  `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/** Connections merged by name, the newer details kept, within the limit per organization. */
function mergeConnections(
  mine: readonly Connection[],
  theirs: readonly Connection[],
): Connection[] {
  const byName = new Map(mine.map((c) => [c.name.toLowerCase(), c]));
  for (const c of theirs) byName.set(c.name.toLowerCase(), c);
  return [...byName.values()].slice(0, organizationLimits.connections);
}

/** Adds or restores organizations in a list (pure: the state and the import use it). */
export function withOrganizations(
  list: readonly Organization[],
  entries: readonly { name: string; connections?: readonly Connection[] }[],
  stamp: string,
  newId: () => string = makeId,
): Organization[] {
  const next = [...list];
  const index = new Map(next.map((o, i) => [orgKey(o.name), i]));
  for (const entry of entries) {
    const name = cleanName(entry.name);
    const key = orgKey(name);
    if (!key) continue;
    const i = index.get(key);
    const connections = entry.connections ?? [];
    if (i === undefined) {
      index.set(key, next.length);
      next.push({
        id: newId(),
        name,
        motivation: 0,
        postings: 'none',
        removed: false,
        connections: mergeConnections([], connections),
        updatedAt: stamp,
      });
    } else {
      const o = next[i];
      next[i] = {
        ...o,
        removed: false,
        connections: mergeConnections(o.connections, connections),
        updatedAt: stamp,
      };
    }
  }
  return next;
}

/**
 * An imported list merged into the student's: by name, the copy changed last kept (a tie keeps
 * the student's), new ones added after theirs.
 */
export function mergeOrganizations(
  mine: readonly Organization[],
  theirs: readonly Organization[],
): Organization[] {
  const next = [...mine];
  const index = new Map(next.map((o, i) => [orgKey(o.name), i]));
  for (const o of theirs) {
    const i = index.get(orgKey(o.name));
    if (i === undefined) {
      index.set(orgKey(o.name), next.length);
      next.push(o);
    } else if (o.updatedAt > next[i].updatedAt) next[i] = { ...o, id: next[i].id };
  }
  return next;
}

/** Creates the organizations state over the given storage (the browser's by default). */
export function createOrganizationsState(
  options: { storage?: StorageLike | null; now?: () => Date; newId?: () => string } = {},
): OrganizationsState {
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? makeId;
  const notices = signal<StoreEvent[]>([]);
  const store = createStore({
    key: organizationsKey,
    version: organizationsVersion,
    schema: organizationsRecordSchema,
    storage: options.storage,
    now,
    onEvent: (e) => (notices.value = [...notices.value.filter((n) => n.kind !== e.kind), e]),
  });
  const organizations = signal<Organization[]>(store.read()?.organizations ?? []);
  store.subscribe((r) => (organizations.value = r?.organizations ?? []));
  const save = (next: Organization[]) => {
    if (!store.write({ organizations: next }, true)) return false;
    organizations.value = next;
    return true;
  };
  return {
    organizations,
    notices,
    update(name, patch) {
      const stamp = now().toISOString();
      const key = orgKey(name);
      const list = organizations.value.some((o) => orgKey(o.name) === key)
        ? organizations.value
        : withOrganizations(organizations.value, [{ name }], stamp, newId);
      return save(
        list.map((o) => (orgKey(o.name) === key ? { ...o, ...patch, updatedAt: stamp } : o)),
      );
    },
    add(entries) {
      return save(withOrganizations(organizations.value, entries, now().toISOString(), newId));
    },
    replace: save,
  };
}

let shared: OrganizationsState | undefined;

/** The page's one organizations state, over the browser's storage. */
export function getOrganizationsState(): OrganizationsState {
  return (shared ??= createOrganizationsState());
}
