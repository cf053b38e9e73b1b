import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { planSchema, type Plan } from '../../../../src/lib/plans/plan';
import { switcherPlans } from '../../../../src/lib/plans/switcher.lazy';

const plan = (id: string, updatedAt: string): Plan =>
  planSchema.parse({ id, name: `Plan ${id}`, createdAt: updatedAt, updatedAt });

/** What the switcher must list: the plan in use, then the latest others, ties in saved order. */
const expected = (
  plans: Plan[],
  currentId: string,
  size: number,
  matches?: (p: Plan) => boolean,
) => {
  const current = plans.find((p) => p.id === currentId);
  const others = plans
    .filter((p) => p !== current && (!matches || matches(p)))
    .map((p, i) => ({ p, i }))
    .sort((a, b) =>
      a.p.updatedAt === b.p.updatedAt ? a.i - b.i : a.p.updatedAt < b.p.updatedAt ? 1 : -1,
    )
    .slice(0, size - 1)
    .map(({ p }) => p);
  return current ? [current, ...others] : others;
};

describe('the plan switcher past its size', () => {
  test('lists the plan in use, then the most recently changed others, newest first', () => {
    const plans = ['2026-01-03', '2026-01-01', '2026-01-05', '2026-01-02', '2026-01-04'].map(
      (d, i) => plan(String(i), `${d}T10:00:00.000Z`),
    );
    expect(switcherPlans(plans, '1', 3).map((p) => p.id)).toEqual(['1', '2', '4']);
    expect(switcherPlans(plans, 'gone', 3).map((p) => p.id)).toEqual(['2', '4']);
    expect(switcherPlans(plans, '2', 10, (p) => p.id !== '4').map((p) => p.id)).toEqual([
      '2',
      '0',
      '3',
      '1',
    ]);
  });

  test('agrees with a full sort for any plans, sizes and searches (ties keep saved order)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 9 }), { maxLength: 60 }),
        fc.integer({ min: 1, max: 25 }),
        fc.integer({ min: 0, max: 70 }),
        fc.boolean(),
        (days, size, pick, search) => {
          const plans = days.map((d, i) => plan(String(i), `2026-02-0${d}T00:00:00.000Z`));
          const matches = search ? (p: Plan) => Number(p.id) % 3 !== 0 : undefined;
          const ids = (list: Plan[]) => list.map((p) => p.id);
          expect(ids(switcherPlans(plans, String(pick), size, matches))).toEqual(
            ids(expected(plans, String(pick), size, matches)),
          );
        },
      ),
    );
  });
});
