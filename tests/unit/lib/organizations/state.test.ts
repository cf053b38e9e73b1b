// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import {
  createOrganizationsState,
  mergeOrganizations,
} from '../../../../src/lib/organizations/state';
import { organizationLimits } from '../../../../src/lib/organizations/organization';
import { FakeStorage, storageEvent } from '../../../support/storage';
import { org } from '../../../support/organizations';

let n = 0;
const options = (storage: FakeStorage) => ({
  storage,
  now: () => new Date('2026-12-07T10:00:00.000Z'),
  newId: () => `id${++n}`,
});

describe('the organizations store', () => {
  test('saves under a versioned key and reads back through the schema', () => {
    const storage = new FakeStorage();
    const s = createOrganizationsState(options(storage));
    expect(s.add([{ name: '  River   Health ' }])).toBe(true);
    expect(s.update('river health', { motivation: 3, postings: 'some' })).toBe(true);
    const saved = JSON.parse(storage.getItem('iik:organizations:v1')!);
    expect(saved.organizations).toMatchObject([
      { name: 'River Health', motivation: 3, postings: 'some' },
    ]);
    const again = createOrganizationsState(options(storage));
    expect(again.organizations.value[0]).toMatchObject({
      name: 'River Health',
      motivation: 3,
      removed: false,
      connections: [],
    });
  });

  test('rating an organization only a plan names stores it; removing and restoring keep its ratings', () => {
    const s = createOrganizationsState(options(new FakeStorage()));
    s.update('Acme', { motivation: 2 });
    s.update('ACME', { removed: true });
    expect(s.organizations.value).toMatchObject([{ name: 'Acme', motivation: 2, removed: true }]);
    s.add([{ name: 'acme' }]);
    expect(s.organizations.value).toMatchObject([{ name: 'Acme', motivation: 2, removed: false }]);
  });

  test('keeps only the connections chosen, merged by name, within the limit', () => {
    const s = createOrganizationsState(options(new FakeStorage()));
    s.add([{ name: 'Acme', connections: [{ name: 'Ana', position: 'A', url: '' }] }]);
    s.add([
      {
        name: 'Acme',
        connections: [
          { name: 'ana', position: 'B', url: '' },
          { name: 'Luis', position: '', url: '' },
        ],
      },
    ]);
    expect(s.organizations.value[0].connections.map((c) => c.position)).toEqual(['B', '']);
    const many = Array.from({ length: organizationLimits.connections + 10 }, (_, i) => ({
      name: `P${i}`,
      position: '',
      url: '',
    }));
    s.add([{ name: 'Big', connections: many }]);
    expect(s.organizations.value[1].connections).toHaveLength(organizationLimits.connections);
  });

  test('unreadable data is set aside, never dropped, and reported', () => {
    const storage = new FakeStorage({ 'iik:organizations:v1': '{"organizations":[{"name":3}]}' });
    const s = createOrganizationsState(options(storage));
    expect(s.organizations.value).toEqual([]);
    expect(s.notices.value[0].kind).toBe('corrupt');
    const aside = s.notices.value[0].backupKey!;
    expect(storage.getItem(aside)).toBe('{"organizations":[{"name":3}]}');
  });

  test('full storage changes nothing and says so', () => {
    const storage = new FakeStorage();
    const s = createOrganizationsState(options(storage));
    storage.quota = 10;
    expect(s.add([{ name: 'Acme' }])).toBe(false);
    expect(s.organizations.value).toEqual([]);
  });

  test('another tab’s change shows here', () => {
    const storage = new FakeStorage();
    const s = createOrganizationsState(options(storage));
    createOrganizationsState(options(storage)).add([{ name: 'Acme' }]);
    storageEvent(window, 'iik:organizations:v1', storage);
    expect(s.organizations.value.map((o) => o.name)).toEqual(['Acme']);
  });
});

test('an import merges by name, the copy changed last kept', () => {
  const mine = [
    org('Acme', { motivation: 1, updatedAt: '2026-12-02' }),
    org('Zed', { updatedAt: '2026-12-05' }),
  ];
  const theirs = [
    org('acme inc', { motivation: 3, updatedAt: '2026-12-03', id: 'x' }),
    org('Zed', { motivation: 2, updatedAt: '2026-12-01' }),
    org('New'),
  ];
  const merged = mergeOrganizations(mine, theirs);
  expect(merged.map((o) => [o.name, o.motivation, o.id])).toEqual([
    ['acme inc', 3, 'o-Acme'],
    ['Zed', 0, 'o-Zed'],
    ['New', 0, 'o-New'],
  ]);
});
