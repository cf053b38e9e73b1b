import { expect, test } from 'vitest';
import { deriveRows, filterRows } from '../../src/lib/conversations/rows';
import { groupToday } from '../../src/lib/conversations/today';
import { generatedPlans, noon } from '../support/conversations';

const plans = generatedPlans(500);
const now = noon('2026-12-01');

test('stages, next steps, Today and the filtered list of 500 plans take under 16 ms a pass', async ({
  bench,
}) => {
  const result = await bench('derive and filter 500 plans', () => {
    // Fresh copies each run (a shallow copy of 500 plans costs a few microseconds), so every
    // status is worked out from scratch rather than remembered from the run before.
    const rows = deriveRows(
      plans.map((p) => ({ ...p })),
      now,
    );
    groupToday(rows, now);
    filterRows(rows, { query: 'namesake 4', stage: 'all', sort: 'next' });
  }).run();
  // The median run, in milliseconds: a shared machine's other work lengthens a few runs a lot.
  expect(result.latency.p50).toBeLessThan(16);
});
