import { expect, test } from 'vitest';
import { rankConnections } from '../../src/lib/organizations/connections.lazy';
import { connectionsExport } from '../support/organizations';

const file = connectionsExport(5000);

test('ranking the organizations of a 5,000-row LinkedIn export takes under 200 ms', async ({
  bench,
}) => {
  const result = await bench('read and rank 5,000 connections', () => {
    const ranked = rankConnections(file);
    if (!ranked.ok) throw new Error(ranked.error);
  }).run();
  // Throughput is in runs per second: 5 a second is 200 ms a run.
  expect(result.throughput.mean).toBeGreaterThan(5);
});
