// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import * as z from 'zod/mini';
import {
  browserStorage,
  createStore,
  isQuotaError,
  persistStorage,
  type StoreEvent,
  type StorageLike,
} from '../../../../src/lib/storage/store';
import { FakeStorage, storageEvent } from '../../../support/storage';

const schema = z.object({ count: z.number(), label: z._default(z.string(), '') });
const now = () => new Date('2026-03-01T12:00:00.000Z');
const backupKey = 'iik:test:corrupt:2026-03-01T12:00:00.000Z';

function setup(
  storage: StorageLike | null,
  extra: Partial<Parameters<typeof createStore>[0]> = {},
) {
  const events: StoreEvent[] = [];
  const target = window;
  const store = createStore({
    key: 'iik:test',
    version: 2,
    schema,
    storage,
    now,
    onEvent: (e) => events.push(e),
    ...extra,
  });
  return { store, events, target };
}

describe('createStore', () => {
  test('writes JSON under the versioned key and reads it back parsed', () => {
    const storage = new FakeStorage();
    const { store, events } = setup(storage);
    expect(store.key).toBe('iik:test:v2');
    expect(store.read()).toBeNull();
    store.write({ count: 3, label: 'x' });
    expect(JSON.parse(storage.getItem('iik:test:v2')!)).toEqual({ count: 3, label: 'x' });
    expect(setup(storage).store.read()).toEqual({ count: 3, label: 'x' });
    expect(store.mode()).toBe('local');
    expect(events).toEqual([]);
  });

  test('fills defaults of fields added after the data was saved', () => {
    const { store } = setup(new FakeStorage({ 'iik:test:v2': '{"count":1}' }));
    expect(store.read()).toEqual({ count: 1, label: '' });
  });

  test('sets corrupt JSON aside under a corrupt key, says so and starts clean', () => {
    const storage = new FakeStorage({ 'iik:test:v2': '{not json' });
    const { store, events } = setup(storage);
    expect(store.read()).toBeNull();
    expect(storage.getItem(backupKey)).toBe('{not json');
    expect(storage.getItem('iik:test:v2')).toBeNull();
    expect(events).toEqual([{ kind: 'corrupt', backupKey }]);
    store.write({ count: 1, label: '' });
    expect(storage.getItem(backupKey)).toBe('{not json');
  });

  test('sets data of the wrong shape aside too', () => {
    const storage = new FakeStorage({ 'iik:test:v2': '{"count":"three"}' });
    const { store, events } = setup(storage);
    expect(store.read()).toBeNull();
    expect(storage.getItem(backupKey)).toBe('{"count":"three"}');
    expect(events.map((e) => e.kind)).toEqual(['corrupt']);
  });

  test('never overwrites an earlier backup made in the same millisecond', () => {
    const storage = new FakeStorage({ [backupKey]: 'older', 'iik:test:v2': 'newer' });
    const { store } = setup(storage);
    store.read();
    expect(storage.getItem(backupKey)).toBe('older');
    expect(storage.getItem(`${backupKey}-2`)).toBe('newer');
  });

  test('prefers the current version when old data is also present', () => {
    const storage = new FakeStorage({ 'iik:test:v1': '7', 'iik:test:v2': '{"count":2}' });
    expect(setup(storage).store.read()).toEqual({ count: 2, label: '' });
  });

  test('keeps working in memory when storage is full', () => {
    const storage = new FakeStorage();
    const { store, events } = setup(storage);
    storage.fail.set = 'QuotaExceededError';
    store.write({ count: 5, label: '' });
    expect(store.mode()).toBe('memory');
    expect(events).toEqual([{ kind: 'quota' }]);
    expect(store.read()).toEqual({ count: 5, label: '' });
    store.write({ count: 6, label: '' });
    expect(store.read()).toEqual({ count: 6, label: '' });
    expect(events).toHaveLength(1);
  });

  test('tries again on the next write and saves normally once there is room', () => {
    const storage = new FakeStorage();
    const { store, events } = setup(storage);
    storage.fail.set = 'QuotaExceededError';
    store.write({ count: 1, label: '' });
    store.write({ count: 2, label: '' });
    expect(storage.getItem('iik:test:v2')).toBeNull();
    delete storage.fail.set;
    store.write({ count: 3, label: '' });
    expect(JSON.parse(storage.getItem('iik:test:v2')!)).toEqual({ count: 3, label: '' });
    expect(store.mode()).toBe('local');
    expect(events).toEqual([{ kind: 'quota' }, { kind: 'saved' }]);
    store.write({ count: 4, label: '' });
    expect(setup(storage).store.read()).toEqual({ count: 4, label: '' });
  });

  test('a trial write saves only what fits, and a refusal changes nothing', () => {
    const storage = new FakeStorage();
    storage.quota = 40;
    const { store, events } = setup(storage);
    store.write({ count: 1, label: '' });
    expect(store.write({ count: 2, label: 'far too long for the quota' }, true)).toBe(false);
    expect(store.read()).toEqual({ count: 1, label: '' });
    expect(storage.getItem('iik:test:v2')).toBe('{"count":1,"label":""}');
    expect(store.mode()).toBe('local');
    expect(events).toEqual([]);
    expect(store.write({ count: 2, label: 'ok' }, true)).toBe(true);
    expect(setup(storage).store.read()).toEqual({ count: 2, label: 'ok' });
  });

  test('a trial write keeps the value in memory when storage is blocked', () => {
    const { store } = setup(null);
    expect(store.write({ count: 2, label: '' }, true)).toBe(true);
    expect(store.read()).toEqual({ count: 2, label: '' });
  });

  test('copies unreadable data aside before saving over it, once there is room', () => {
    const storage = new FakeStorage({ 'iik:test:v2': `{not json${' '.repeat(60)}` });
    // Room for a small value in place of the unreadable one, but not for a copy of it beside.
    storage.quota = 100;
    const { store, events } = setup(storage);
    expect(store.read()).toBeNull();
    store.write({ count: 1, label: '' });
    expect(storage.map.get('iik:test:v2')).toMatch(/^\{not json/);
    storage.quota = Infinity;
    store.write({ count: 2, label: '' });
    expect(storage.getItem(backupKey)).toMatch(/^\{not json/);
    expect(JSON.parse(storage.getItem('iik:test:v2')!)).toEqual({ count: 2, label: '' });
    expect(events).toEqual([
      { kind: 'quota' },
      { kind: 'corrupt', backupKey: undefined },
      { kind: 'corrupt', backupKey },
      { kind: 'saved' },
    ]);
  });

  test('leaves unreadable data in place when there is no room to keep a copy', () => {
    const storage = new FakeStorage({ 'iik:test:v2': '{not json' });
    storage.fail.set = 'QuotaExceededError';
    const { store, events } = setup(storage);
    expect(store.read()).toBeNull();
    store.write({ count: 1, label: '' });
    expect(storage.map.get('iik:test:v2')).toBe('{not json');
    expect(events.map((e) => e.kind)).toEqual(['quota', 'corrupt']);
    expect(events[1].backupKey).toBeUndefined();
  });

  test('keeps working in memory when every access throws', () => {
    const storage = new FakeStorage({ 'iik:test:v2': '{"count":1}' });
    storage.fail = { get: 'SecurityError', set: 'SecurityError' };
    const { store, events } = setup(storage);
    expect(store.read()).toBeNull();
    expect(store.mode()).toBe('memory');
    expect(events).toEqual([{ kind: 'blocked' }]);
    store.write({ count: 2, label: '' });
    expect(store.read()).toEqual({ count: 2, label: '' });
  });

  test('reports blocked storage at once when there is none', () => {
    const { store, events } = setup(null);
    expect(store.mode()).toBe('memory');
    expect(events).toEqual([{ kind: 'blocked' }]);
  });

  test('hears what another tab wrote through the storage event', () => {
    const shared = new FakeStorage();
    const a = setup(shared);
    const b = setup(shared);
    const heard = vi.fn();
    const stop = b.store.subscribe(heard);
    a.store.subscribe(() => {});
    a.store.write({ count: 9, label: '' });
    storageEvent(b.target, 'iik:other:v1', shared);
    expect(heard).not.toHaveBeenCalled();
    storageEvent(b.target, 'iik:test:v2', new FakeStorage());
    expect(heard).not.toHaveBeenCalled();
    storageEvent(b.target, 'iik:test:v2', shared);
    expect(heard).toHaveBeenCalledWith({ count: 9, label: '' });
    stop();
    storageEvent(b.target, 'iik:test:v2', shared);
    expect(heard).toHaveBeenCalledTimes(1);
  });
});

describe('older versions and clear', () => {
  /** A version 3 store, for a caller that converts versions 1 and 2 itself (as plans do). */
  const v3 = (storage: StorageLike | null) => {
    const events: StoreEvent[] = [];
    const store = createStore({
      key: 'iik:test',
      version: 3,
      schema,
      storage,
      now,
      onEvent: (e) => events.push(e),
    });
    return { store, events };
  };

  test('older() names the newest older version that has data, reading and changing nothing', () => {
    const storage = new FakeStorage({
      'iik:test:v1': '7',
      'iik:test:v2': '{not json',
      'iik:other:v2': '{"count":1}',
    });
    const { store, events } = v3(storage);
    expect(store.older()).toBe(2);
    storage.removeItem('iik:test:v2');
    expect(store.older()).toBe(1);
    // Left as it was: nothing set aside, converted or reported.
    expect(storage.keys()).toEqual(['iik:other:v2', 'iik:test:v1']);
    expect(events).toEqual([]);
    // read() leaves older data to the caller, who converts it (lib/plans/migrate.lazy.ts).
    expect(store.read()).toBeNull();
    expect(storage.keys()).toEqual(['iik:other:v2', 'iik:test:v1']);
  });

  test('older() is null when only the current version, another widget or nothing is stored', () => {
    expect(v3(new FakeStorage()).store.older()).toBeNull();
    const storage = new FakeStorage({ 'iik:test:v3': '{"count":1}', 'iik:other:v1': '1' });
    expect(v3(storage).store.older()).toBeNull();
    expect(v3(null).store.older()).toBeNull();
  });

  test('clear() removes this version only', () => {
    const storage = new FakeStorage({ 'iik:test:v1': '7', [backupKey]: '{not json' });
    const { store } = setup(storage);
    store.write({ count: 3, label: '' });
    store.clear();
    expect(storage.keys()).toEqual([backupKey, 'iik:test:v1']);
    expect(v3(storage).store.older()).toBe(1);
    // Another version's store clears its own.
    createStore({ key: 'iik:test', version: 1, schema, storage }).clear();
    expect(storage.keys()).toEqual([backupKey]);
  });

  test('clear() never throws: without storage, or when removing fails', () => {
    expect(() => setup(null).store.clear()).not.toThrow();
    const storage = new FakeStorage({ 'iik:test:v2': '{"count":1}' });
    storage.fail.remove = 'SecurityError';
    const { store, events } = setup(storage);
    expect(() => store.clear()).not.toThrow();
    expect(events).toEqual([]);
  });
});

describe('isQuotaError', () => {
  test('recognises the quota errors of Chrome, Safari and Firefox', () => {
    expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError({ code: 22 })).toBe(true);
    expect(isQuotaError(new DOMException('x', 'SecurityError'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});

describe('browserStorage', () => {
  const original = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
  afterEach(() => {
    if (original) Object.defineProperty(globalThis, 'localStorage', original);
  });

  test('returns null when reading localStorage throws a SecurityError', () => {
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    expect(browserStorage()).toBeNull();
  });

  test('returns localStorage when it is full: it can still be read', () => {
    const fake = new FakeStorage();
    fake.fail.set = 'QuotaExceededError';
    Object.defineProperty(globalThis, 'localStorage', { configurable: true, value: fake });
    expect(browserStorage()).toBe(fake);
  });

  test('returns localStorage when it can be written', () => {
    const fake = new FakeStorage();
    Object.defineProperty(globalThis, 'localStorage', { configurable: true, value: fake });
    expect(browserStorage()).toBe(fake);
    expect(fake.keys()).toEqual([]);
  });
});

describe('persistStorage', () => {
  test('asks for persistent storage and says whether the browser granted it', async () => {
    const persist = vi.fn(async () => true);
    expect(await persistStorage({ persist })).toBe(true);
    expect(persist).toHaveBeenCalledOnce();
    expect(await persistStorage({ persist: async () => false })).toBe(false);
  });

  test('resolves false where the browser does not offer it or refuses, and never throws', async () => {
    expect(await persistStorage(undefined)).toBe(false);
    expect(await persistStorage({})).toBe(false);
    const refuse = async () => {
      throw new DOMException('no', 'NotAllowedError');
    };
    expect(await persistStorage({ persist: refuse })).toBe(false);
  });
});
