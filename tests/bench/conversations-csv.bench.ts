import { expect, test } from 'vitest';
import {
  initialChoice,
  matchRows,
  previewRows,
  readPeopleCsv,
} from '../../src/lib/conversations/csv-read.lazy';
import { linkedInExport } from '../support/conversations';
import { csvMessages } from '../support/conversations-files';

const file = linkedInExport(5000);

test('reading and previewing a 5,000-row LinkedIn export takes under 500 ms', async ({ bench }) => {
  const result = await bench('read, choose, filter, first page', () => {
    const read = readPeopleCsv(file, [], csvMessages);
    if (!read.ok) throw new Error(read.error);
    initialChoice(read.rows);
    matchRows(read.rows, '').slice(0, previewRows);
    matchRows(read.rows, 'lovelace 49');
  }).run();
  // Throughput is in runs per second: 2 a second is 500 ms a run.
  expect(result.throughput.mean).toBeGreaterThan(2);
});
