import { planImportText } from '../../../../src/lib/strings/plan-manage';
import { describe, expect, test } from 'vitest';
import { exportPlans, importPlans } from '../../../../src/lib/plans/file.lazy';
import {
  addHandedPlans,
  decodeHandoff,
  encodeHandoff,
} from '../../../../src/lib/plans/handoff.lazy';
import { planSchema } from '../../../../src/lib/plans/plan';
import { createPlansState } from '../../../../src/lib/plans/state';
import { createOrganizationsState } from '../../../../src/lib/organizations/state';
import { organizationLimits } from '../../../../src/lib/organizations/organization';
import { FakeStorage } from '../../../support/storage';
import { org } from '../../../support/organizations';

const plan = planSchema.parse({
  id: 'p1',
  name: 'Ana Souza',
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
  person: { name: 'Ana Souza', organization: 'Acme' },
});
const setup = () => {
  const storage = new FakeStorage();
  return {
    storage,
    plans: createPlansState({ storage, persist: () => {} }),
    orgs: createOrganizationsState({ storage }),
  };
};
const names = (orgs: ReturnType<typeof createOrganizationsState>) =>
  orgs.organizations.value.map((o) => [o.name, o.motivation]);

describe('the plans file', () => {
  test('exports the target organizations and imports them back', () => {
    const from = setup();
    from.plans.commit([plan]);
    from.orgs.add([{ name: 'Acme', connections: [{ name: 'Luis', position: '', url: '' }] }]);
    from.orgs.update('Acme', { motivation: 3 });
    const file = exportPlans(from.plans, new Date('2026-12-07T10:00:00Z'), from.orgs);
    const to = setup();
    expect(importPlans(to.plans, file, 'replace', planImportText, to.orgs).ok).toBe(true);
    expect(to.orgs.organizations.value).toEqual(from.orgs.organizations.value);
  });

  test('a file from before organizations imports and leaves the list as it was', () => {
    const to = setup();
    to.orgs.add([{ name: 'Mine' }]);
    const old = JSON.stringify({
      format: 'informational-interview-toolkit/plans',
      version: 3,
      plans: [plan],
    });
    expect(importPlans(to.plans, old, 'replace', planImportText, to.orgs)).toMatchObject({
      ok: true,
    });
    expect(names(to.orgs)).toEqual([['Mine', 0]]);
  });

  test('a merge keeps the copy changed last; unreadable organizations change nothing', () => {
    const to = setup();
    to.orgs.replace([org('Acme', { motivation: 1, updatedAt: '2026-12-01' })]);
    const file = (organizations: unknown) => JSON.stringify({ plans: [plan], organizations });
    importPlans(
      to.plans,
      file([org('acme inc', { motivation: 3, updatedAt: '2026-12-05' }), org('New')]),
      'merge',
      planImportText,
      to.orgs,
    );
    expect(names(to.orgs)).toEqual([
      ['acme inc', 3],
      ['New', 0],
    ]);

    const other = setup();
    const long = org('x'.repeat(organizationLimits.name + 1));
    const result = importPlans(other.plans, file([long]), 'merge', planImportText, other.orgs);
    expect(result.ok).toBe(false);
    expect(other.orgs.organizations.value).toEqual([]);
    expect(other.plans.mine()).toEqual([]);
  });

  test('when the plans do not fit, the organizations are put back', () => {
    const to = setup();
    to.orgs.add([{ name: 'Mine' }]);
    const big = JSON.stringify({
      plans: [{ ...plan, checklist: { notes: 'n'.repeat(5000) } }],
      organizations: [org('Theirs')],
    });
    to.storage.quota = JSON.stringify([...to.storage.map.entries()]).length + 1500;
    expect(importPlans(to.plans, big, 'replace', planImportText, to.orgs).ok).toBe(false);
    expect(names(to.orgs)).toEqual([['Mine', 0]]);
  });
});

describe('the embed hand-off', () => {
  test('carries the organizations, which join the student’s list', async () => {
    const decoded = await decodeHandoff(
      await encodeHandoff({
        plans: [plan],
        currentId: plan.id,
        organizations: [org('Acme', { motivation: 2 })],
      }),
    );
    if (!decoded.ok) throw new Error(decoded.error);
    const to = setup();
    to.orgs.add([{ name: 'Mine' }]);
    expect(
      addHandedPlans(to.plans, decoded, ' (copy)', new Date(), undefined, to.orgs),
    ).not.toBeNull();
    expect(names(to.orgs)).toEqual([
      ['Mine', 0],
      ['Acme', 2],
    ]);
  });

  test('a hand-off from before organizations still reads; unreadable ones are refused', async () => {
    const old = await decodeHandoff(await encodeHandoff({ plans: [plan], currentId: plan.id }));
    expect(old.ok && old.organizations).toBeUndefined();
    const bad = await decodeHandoff(
      await encodeHandoff({
        plans: [plan],
        currentId: plan.id,
        organizations: [{ name: 3 }] as never,
      }),
    );
    expect(bad).toEqual({ ok: false, error: 'not-a-plan' });
  });
});
