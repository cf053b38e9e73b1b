import { expect, test } from 'vitest';
import {
  initialChoice,
  matchRows,
  previewRows,
  readPeopleCsv,
} from '../../../../src/lib/conversations/csv-read.lazy';
import { linkedInExport } from '../../../support/conversations';
import { csvMessages } from '../../../support/conversations-files';

test('readPeopleCsv reads and previews a 5,000-row LinkedIn export in under 500 ms', () => {
  const file = linkedInExport(5000);
  const pass = () => {
    const start = performance.now();
    const read = readPeopleCsv(file, [], csvMessages);
    if (!read.ok) throw new Error(read.error);
    const chosen = initialChoice(read.rows);
    const first = matchRows(read.rows, '').slice(0, previewRows);
    const found = matchRows(read.rows, 'lovelace 4999');
    return {
      ms: performance.now() - start,
      rows: read.rows.length,
      chosen: chosen.size,
      first,
      found,
    };
  };
  pass(); // The first pass compiles the code; a student's second file is the fair measure.
  const runs = Array.from({ length: 5 }, pass);
  expect(runs[0]).toMatchObject({ rows: 5000, chosen: 0, found: [4998] });
  expect(runs[0].first).toHaveLength(previewRows);
  // The best of five, so a busy shared machine does not fail it for nothing.
  expect(Math.min(...runs.map((r) => r.ms))).toBeLessThan(500);
});
