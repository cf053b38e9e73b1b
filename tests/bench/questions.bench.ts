import { bench, describe } from 'vitest';
import { filterBank, indexBank } from '../../src/lib/questions';
import { generatedBank } from '../support/questions';

const bank = indexBank(generatedBank(2000));

describe('filterBank over 2,000 questions', () => {
  bench('search only', () => {
    filterBank(bank, { query: 'budget team' });
  });
  bench('every filter and a three-word search', () => {
    filterBank(bank, {
      category: 'advice',
      stage: 'student',
      contact: 'linkedin',
      field: 'tech',
      query: 'organization role data',
    });
  });
  bench('no filter (the whole bank)', () => {
    filterBank(bank, {});
  });
});
