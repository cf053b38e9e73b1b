import type { StorageLike } from '../../src/lib/storage/store';

/**
 * An in-memory Web Storage double; `fail` makes chosen operations throw like a browser would, and
 * `quota` limits what it holds like a browser's storage quota.
 */
export class FakeStorage implements StorageLike {
  readonly map = new Map<string, string>();
  fail: { get?: string; set?: string; remove?: string } = {};
  /** Total characters (keys and values) it holds before setItem throws QuotaExceededError. */
  quota = Infinity;
  constructor(entries: Record<string, string> = {}) {
    for (const [k, v] of Object.entries(entries)) this.map.set(k, v);
  }
  getItem(key: string) {
    if (this.fail.get) throw new DOMException('denied', this.fail.get);
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.fail.set) throw new DOMException('no room', this.fail.set);
    let used = key.length + value.length;
    for (const [k, v] of this.map) if (k !== key) used += k.length + v.length;
    if (used > this.quota) throw new DOMException('no room', 'QuotaExceededError');
    this.map.set(key, value);
  }
  removeItem(key: string) {
    if (this.fail.remove) throw new DOMException('denied', this.fail.remove);
    this.map.delete(key);
  }
  keys() {
    return [...this.map.keys()].sort();
  }
}

/** Fires a `storage` event as the browser does in other tabs after `key` changed in `area`. */
export function storageEvent(target: EventTarget, key: string | null, area: StorageLike) {
  target.dispatchEvent(Object.assign(new Event('storage'), { key, storageArea: area }));
}
