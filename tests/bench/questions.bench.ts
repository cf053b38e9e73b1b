import { expect, test } from 'vitest';
import { filterBank, indexBank, type BankFilter } from '../../src/lib/questions/bank';
import { generatedBank } from '../support/questions';

const bank = indexBank(generatedBank(2000));

const cases: [string, BankFilter][] = [
  ['no filter (the whole bank)', {}],
  ['search only', { query: 'budget team' }],
  [
    'every filter and a three-word search',
    {
      category: 'advice',
      stage: 'student',
      contact: 'linkedin',
      field: 'tech',
      query: 'organization role data',
    },
  ],
];

for (const [name, filter] of cases) {
  test(`filterBank over 2,000 questions, ${name}, runs in under 2 ms`, async ({ bench }) => {
    const result = await bench(name, () => {
      filterBank(bank, filter);
    }).run();
    // Throughput is in runs per second: 500 a second is 2 ms a run.
    expect(result.throughput.mean).toBeGreaterThan(500);
  });
}
