/**
 * The one browser-storage module every tool uses. Keys are namespaced and versioned
 * (`iik:<widget>:v<N>`); every read is parsed from unknown with a schema; an older version is
 * found for the caller to convert (`older`, then `clear`: the conversion loads on demand, see
 * lib/plans/migrate.lazy.ts); unreadable data is set aside under `iik:<widget>:corrupt:<time>`, never dropped;
 * blocked storage falls back to memory; full storage keeps the data in memory and is tried again
 * on every write until it has room; other tabs' writes arrive through `storage` events.
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
  /**
   * corrupt: data set aside; blocked: no storage; quota: storage full; saved: storage had room
   * again after being full; migrated: old format updated.
   */
  kind: 'corrupt' | 'blocked' | 'quota' | 'saved' | 'migrated';
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
  /** Storage to use; null means blocked; undefined means the browser's localStorage if reachable. */
  storage?: StorageLike | null;
  /** Told about corrupt, blocked, full or migrated storage. */
  onEvent?: (event: StoreEvent) => void;
  now?: () => Date;
  /** Writes the value as JSON text (JSON.stringify by default; see plans/state.ts for why not). */
  serialize?: (value: T) => string;
}

/** A typed, versioned value in browser storage. */
export interface Store<T> {
  /** Full key of the current version, e.g. `iik:plans:v3`. */
  readonly key: string;
  /** The stored value, or null when nothing (readable) is stored. */
  read(): T | null;
  /**
   * Saves the value; when storage is full it is kept in memory and saved on a later write. With
   * `trial`, saves it only if storage takes it: false (storage full) means nothing changed, not
   * storage, not memory, not the mode. With storage blocked the value goes to memory (true).
   */
  write(value: T, trial?: boolean): boolean;
  /** Calls back with the new value when another tab changes it. Returns an unsubscribe function. */
  subscribe(listener: (value: T | null) => void): () => void;
  mode(): StorageMode;
  /** The newest older version that has data saved, for a caller that converts it; else null. */
  older(): number | null;
  /** Removes this version's data from storage (once it has been converted and saved anew). */
  clear(): void;
}

/**
 * localStorage when this page may use it; null when access throws (blocked cookies, sandbox).
 * Full storage is still storage: it can be read, and written once there is room.
 */
export function browserStorage(): StorageLike | null {
  let s: StorageLike | undefined;
  try {
    s = globalThis.localStorage;
    if (!s) return null;
    const probe = 'iik:probe';
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch (e) {
    return s && isQuotaError(e) ? s : null;
  }
}

/** True when an error means storage is full (names differ between browsers). */
export function isQuotaError(error: unknown): boolean {
  const e = error as { name?: string; code?: number } | null;
  return !!e && (e.code === 22 || e.code === 1014 || /quota/i.test(e.name ?? ''));
}

/** Creates a store for one widget's data. See {@link StoreOptions}. */
export function createStore<T>(options: StoreOptions<T>): Store<T> {
  const {
    version,
    schema,
    onEvent = () => {},
    now = () => new Date(),
    serialize = JSON.stringify,
  } = options;
  const base = options.key;
  const key = `${base}:v${version}`;
  let storage = options.storage === undefined ? browserStorage() : options.storage;
  let memory: string | null = null;
  // Storage was full at the last write: memory holds data that storage does not have yet.
  let full = false;
  // A trial write is under way: its quota error is an answer, not a state to report.
  let trying = false;
  // Unreadable data that could not be copied aside (no room): copied before anything is saved.
  let owed: { from: string; raw: string } | null = null;
  if (!storage) onEvent({ kind: 'blocked' });

  // A full storage is tried again on the next write; any other failed access (a revoked
  // permission) moves this tab to memory for good.
  const fail = (error: unknown) => {
    if (!storage) return;
    if (isQuotaError(error)) {
      if (trying) return;
      if (!full) onEvent({ kind: 'quota' });
      full = true;
    } else {
      storage = null;
      onEvent({ kind: 'blocked' });
    }
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

  const parse = (raw: string): T | undefined => {
    try {
      const result = schema.safeParse(JSON.parse(raw));
      return result.success ? result.data : undefined;
    } catch {
      return undefined;
    }
  };

  // Unreadable text is copied to its own key before the original is removed. If the copy
  // cannot be made (storage full), the original stays where it is and is owed a copy: no
  // write goes to storage until that copy has been made.
  const setAside = (from: string, raw: string): string | undefined => {
    const stamp = `${base}:corrupt:${now().toISOString()}`;
    let backupKey = stamp;
    for (let n = 2; get(backupKey) !== null; n++) backupKey = `${stamp}-${n}`;
    if (!set(backupKey, raw)) {
      owed = storage ? { from, raw } : null;
      return undefined;
    }
    owed = null;
    remove(from);
    return backupKey;
  };
  const readFrom = (raw: string | null): T | null => {
    if (raw === null) return null;
    const value = parse(raw);
    if (value !== undefined) return value;
    onEvent({ kind: 'corrupt', backupKey: setAside(key, raw) });
    return null;
  };
  // One attempt to put text in storage, paying a corrupt copy owed first. False: storage full.
  const put = (text: string): boolean => {
    if (owed) {
      const backupKey = setAside(owed.from, owed.raw);
      if (!backupKey) return false;
      onEvent({ kind: 'corrupt', backupKey });
    }
    return set(key, text);
  };

  const store: Store<T> = {
    key,
    mode: () => (storage && !full ? 'local' : 'memory'),
    read() {
      if (!storage || full) return memory === null ? null : (parse(memory) ?? null);
      return readFrom(get(key));
    },
    write(value, trial = false) {
      const text = serialize(value);
      if (storage) {
        trying = trial;
        const saved = put(text);
        trying = false;
        if (!saved && storage && trial) return false;
        if (saved && full) {
          full = false;
          onEvent({ kind: 'saved' });
        }
      }
      memory = text;
      return true;
    },
    older() {
      for (let v = version - 1; v >= 1; v--) if (get(`${base}:v${v}`) !== null) return v;
      return null;
    },
    clear: () => remove(key),
    subscribe(listener) {
      const onStorage = (e: StorageEvent) => {
        if (storage && !full && (e.key === null || e.key === key) && e.storageArea === storage)
          listener(store.read());
      };
      // Outside a browser (server rendering) there are no other tabs to hear from.
      globalThis.addEventListener?.('storage', onStorage);
      return () => globalThis.removeEventListener?.('storage', onStorage);
    },
  };
  return store;
}

/** The part of the Storage API (`navigator.storage`) used to ask for persistent storage. */
export interface PersistManager {
  persist?: () => Promise<boolean>;
}

/**
 * Asks the browser to keep this site's storage when it clears data to make room, where it offers
 * that (`navigator.storage.persist()`). Resolves to whether storage is persistent; never throws.
 */
export async function persistStorage(
  manager: PersistManager | undefined = globalThis.navigator?.storage,
): Promise<boolean> {
  try {
    // Where storage is already persistent, or the user said no before, this asks nobody.
    return manager?.persist ? await manager.persist() : false;
  } catch {
    return false;
  }
}
