/**
 * The one browser-storage module every tool uses. Keys are namespaced and versioned
 * (`iik:<widget>:v<N>`); every read is parsed from unknown with a schema; older versions are
 * migrated; unreadable data is set aside under `iik:<widget>:corrupt:<time>`, never dropped;
 * blocked or full storage falls back to memory; other tabs' writes arrive through `storage` events.
 */

/** The part of the Web Storage API the toolkit uses (localStorage, or a test double). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Where data lives: in browser storage, or only in this tab's memory. */
export type StorageMode = 'local' | 'memory';

/** Something the user should be told about their saved data. */
export interface StoreEvent {
  /** corrupt: data set aside; blocked: no storage; quota: storage full; migrated: old format updated. */
  kind: 'corrupt' | 'blocked' | 'quota' | 'migrated';
  /** Key of the kept copy of unreadable data. */
  backupKey?: string;
}

/** Any schema with a `safeParse` method (see schema.ts). */
export interface Parser<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false };
}

/** Options of {@link createStore}. */
export interface StoreOptions<T> {
  /** Namespace without version, e.g. `iik:plans`. */
  key: string;
  /** Current format version; data lives under `<key>:v<version>`. */
  version: number;
  schema: Parser<T>;
  /** Turns data stored under an older version into the current shape (then parsed by schema). */
  migrate?: (data: unknown, fromVersion: number) => unknown;
  /** Storage to use; null means blocked; undefined means the browser's localStorage if reachable. */
  storage?: StorageLike | null;
  /** Told about corrupt, blocked, full or migrated storage. */
  onEvent?: (event: StoreEvent) => void;
  now?: () => Date;
}

/** A typed, versioned value in browser storage. */
export interface Store<T> {
  /** Full key of the current version, e.g. `iik:plans:v2`. */
  readonly key: string;
  /** The stored value, or null when nothing (readable) is stored. */
  read(): T | null;
  write(value: T): void;
  /** Calls back with the new value when another tab changes it. Returns an unsubscribe function. */
  subscribe(listener: (value: T | null) => void): () => void;
  mode(): StorageMode;
}

/** localStorage when this page may use it; null when access throws (blocked cookies, sandbox). */
export function browserStorage(): StorageLike | null {
  try {
    const s = globalThis.localStorage;
    if (!s) return null;
    const probe = 'iik:probe';
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch {
    return null;
  }
}

/** True when an error means storage is full (names differ between browsers). */
export function isQuotaError(error: unknown): boolean {
  const e = error as { name?: string; code?: number } | null;
  return !!e && (e.code === 22 || e.code === 1014 || /quota/i.test(e.name ?? ''));
}

/** Creates a store for one widget's data. See {@link StoreOptions}. */
export function createStore<T>(options: StoreOptions<T>): Store<T> {
  const { version, schema, migrate, onEvent = () => {}, now = () => new Date() } = options;
  const base = options.key;
  const key = `${base}:v${version}`;
  let storage = options.storage === undefined ? browserStorage() : options.storage;
  let memory: string | null = null;
  if (!storage) onEvent({ kind: 'blocked' });

  // Any failed access after start (a revoked permission, a full disk) moves this tab to memory.
  const fail = (error: unknown) => {
    if (!storage) return;
    storage = null;
    onEvent({ kind: isQuotaError(error) ? 'quota' : 'blocked' });
  };
  const get = (k: string): string | null => {
    try {
      return storage ? storage.getItem(k) : null;
    } catch (e) {
      fail(e);
      return null;
    }
  };
  const set = (k: string, v: string): boolean => {
    try {
      storage?.setItem(k, v);
      return !!storage;
    } catch (e) {
      fail(e);
      return false;
    }
  };
  const remove = (k: string) => {
    try {
      storage?.removeItem(k);
    } catch {
      // Removing an old copy is tidy-up only; a failure leaves harmless data behind.
    }
  };

  const parse = (raw: string, from: number): T | undefined => {
    try {
      const data = JSON.parse(raw) as unknown;
      const result = schema.safeParse(from === version ? data : migrate?.(data, from));
      return result.success ? result.data : undefined;
    } catch {
      return undefined;
    }
  };

  // Unreadable text is copied to its own key before the original is removed. If the copy
  // cannot be made (storage full), `set` has already moved this tab to memory, so the
  // original stays where it is and nothing is saved over it.
  const readFrom = (raw: string | null, from: number): T | null | undefined => {
    if (raw === null) return undefined;
    const value = parse(raw, from);
    if (value !== undefined) return value;
    const stamp = `${base}:corrupt:${now().toISOString()}`;
    let backupKey = stamp;
    for (let n = 2; get(backupKey) !== null; n++) backupKey = `${stamp}-${n}`;
    if (set(backupKey, raw)) {
      remove(`${base}:v${from}`);
      onEvent({ kind: 'corrupt', backupKey });
    } else onEvent({ kind: 'corrupt' });
    return null;
  };

  const store: Store<T> = {
    key,
    mode: () => (storage ? 'local' : 'memory'),
    read() {
      if (!storage) return memory === null ? null : (parse(memory, version) ?? null);
      const current = readFrom(get(key), version);
      if (current !== undefined) return current;
      for (let v = version - 1; v >= 1 && migrate; v--) {
        const oldKey = `${base}:v${v}`;
        const raw = get(oldKey);
        const old = readFrom(raw, v);
        if (old === undefined) continue;
        if (old !== null) {
          store.write(old);
          if (storage) remove(oldKey);
          onEvent({ kind: 'migrated' });
        }
        return old;
      }
      return null;
    },
    write(value) {
      const text = JSON.stringify(value);
      memory = text;
      if (storage) set(key, text);
    },
    subscribe(listener) {
      const onStorage = (e: StorageEvent) => {
        if (storage && (e.key === null || e.key === key) && e.storageArea === storage)
          listener(store.read());
      };
      // Outside a browser (server rendering) there are no other tabs to hear from.
      globalThis.addEventListener?.('storage', onStorage);
      return () => globalThis.removeEventListener?.('storage', onStorage);
    },
  };
  return store;
}
