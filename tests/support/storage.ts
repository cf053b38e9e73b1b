import type { StorageLike } from '../../src/lib/storage';

/** An in-memory Web Storage double; `fail` makes chosen operations throw like a browser would. */
export class FakeStorage implements StorageLike {
  readonly map = new Map<string, string>();
  fail: { get?: string; set?: string; remove?: string } = {};
  constructor(entries: Record<string, string> = {}) {
    for (const [k, v] of Object.entries(entries)) this.map.set(k, v);
  }
  getItem(key: string) {
    if (this.fail.get) throw new DOMException('denied', this.fail.get);
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.fail.set) throw new DOMException('no room', this.fail.set);
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
