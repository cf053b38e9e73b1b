import { describe, expect, test } from 'vitest';
import { filterOrgs, lampCompare, lampList } from '../../../../src/lib/organizations/lamp';
import { orgKey } from '../../../../src/lib/organizations/organization';
import { planWith } from '../../../support/conversations';
import { org } from '../../../support/organizations';

const names = (list: { name: string }[]) => list.map((o) => o.name);

describe('orgKey', () => {
  test('one organization however its name is written', () => {
    expect(orgKey('Acme, Inc.')).toBe(orgKey('acme'));
    expect(orgKey('Telefónica S.A.')).toBe(orgKey('telefonica'));
    expect(orgKey('  Blue   Sky LLC ')).toBe('blue sky');
    expect(orgKey('Limited')).toBe('limited');
    expect(orgKey('Acme')).not.toBe(orgKey('Acme Labs'));
  });
});

describe('the LAMP sort', () => {
  test('Motivation first, then Postings, then Advocacy', () => {
    const { list } = lampList(
      [
        org('Posting many', { motivation: 2, postings: 'many' }),
        org('Dream', { motivation: 3 }),
        org('Known', {
          motivation: 2,
          postings: 'some',
          connections: [{ name: 'Ana', position: '', url: '' }],
        }),
        org('Unknown', { motivation: 2, postings: 'some' }),
        org('Cold', { motivation: 0, postings: 'many' }),
      ],
      [],
    );
    expect(names(list)).toEqual(['Dream', 'Posting many', 'Known', 'Unknown', 'Cold']);
    expect(list.map((o) => o.rank)).toEqual([1, 2, 3, 4, 5]);
  });

  test('full ties go by name, whatever the case, so the order never depends on when they were added', () => {
    const a = lampList([org('beta'), org('Alpha'), org('gamma')], []).list;
    const b = lampList([org('gamma'), org('beta'), org('Alpha')], []).list;
    expect(names(a)).toEqual(['Alpha', 'beta', 'gamma']);
    expect(names(b)).toEqual(names(a));
    const tie = { motivation: 1, postings: 'some', advocacy: true, name: 'X' } as const;
    expect(lampCompare(tie, { ...tie })).toBe(0);
  });

  test('the first five are marked as where to start', () => {
    const { list } = lampList(
      Array.from({ length: 7 }, (_, i) =>
        org(`Org ${i}`, { motivation: (i % 4) as 0 | 1 | 2 | 3 }),
      ),
      [],
    );
    expect(list.filter((o) => o.top)).toHaveLength(5);
    expect(list.slice(0, 5).every((o) => o.top)).toBe(true);
    expect(list[5].top).toBe(false);
  });
});

describe('joining plans and Advocacy', () => {
  const plans = [
    planWith([], {
      id: 'p1',
      person: { name: 'Priya Raman', organization: 'Acme, Inc.', role: 'Designer' },
    }),
    planWith([], { id: 'p2', person: { name: 'Luis Ortega', organization: 'River Health' } }),
    planWith([], { id: 'p3', person: { name: '', organization: 'Nameless Co' } }),
  ];

  test('an organization a plan names joins the list by itself, with no ratings yet', () => {
    const { list } = lampList([org('Acme')], plans);
    expect(names(list).sort()).toEqual(['Acme', 'Nameless Co', 'River Health']);
    const river = list.find((o) => o.name === 'River Health')!;
    expect(river.stored).toBeNull();
    expect(river.motivation).toBe(0);
  });

  test('Advocacy is yes for a plan’s person or a kept connection, and no otherwise', () => {
    const { list } = lampList(
      [
        org('Acme'),
        org('Linked', { connections: [{ name: 'Ana Souza', position: 'Analyst', url: '' }] }),
        org('Nobody'),
      ],
      plans,
    );
    const by = (n: string) => list.find((o) => o.name === n)!;
    expect(by('Acme').advocacy).toBe(true);
    expect(by('Acme').known).toEqual([
      { kind: 'plan', planId: 'p1', name: 'Priya Raman', role: 'Designer' },
    ]);
    expect(by('Linked').advocacy).toBe(true);
    expect(by('Nobody').advocacy).toBe(false);
    // A plan with no person's name yet is nobody the student knows.
    expect(by('Nameless Co').advocacy).toBe(false);
  });

  test('a connection who became a plan is listed once, as the plan', () => {
    const { list } = lampList(
      [
        org('Acme', {
          connections: [
            { name: 'priya raman', position: '', url: '' },
            { name: 'Ana', position: '', url: '' },
          ],
        }),
      ],
      plans.slice(0, 1),
    );
    expect(list[0].known.map((k) => k.kind)).toEqual(['plan', 'connection']);
  });

  test('a removed organization stays off the list while a plan names it, and is listed as removed', () => {
    const { list, removed } = lampList([org('River Health', { removed: true })], plans);
    expect(names(list)).not.toContain('River Health');
    expect(names(removed)).toEqual(['River Health']);
  });
});

test('the filter matches every word of a name, accents and case aside', () => {
  const list = [org('Telefónica'), org('River Health'), org('Health First')];
  expect(names(filterOrgs(list, 'telefonica'))).toEqual(['Telefónica']);
  expect(names(filterOrgs(list, 'health river'))).toEqual(['River Health']);
  expect(filterOrgs(list, '  ')).toHaveLength(3);
});
