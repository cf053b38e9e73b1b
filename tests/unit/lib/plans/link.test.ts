import { describe, expect, test } from 'vitest';
import { linkedPlanId, withoutParams } from '../../../../src/lib/plans/link';

describe('linkedPlanId', () => {
  const plans = [{ id: 'a1' }, { id: 'b2' }];
  test('is the plan the address names, when it is one of the student’s plans', () => {
    expect(linkedPlanId('?plan=b2&message=nudge', plans)).toBe('b2');
    expect(linkedPlanId('?plan=zz', plans)).toBeNull();
    expect(linkedPlanId('?plan=', plans)).toBeNull();
    expect(linkedPlanId('', plans)).toBeNull();
  });
});

describe('withoutParams', () => {
  test('takes out the named parameters and keeps the rest of the address', () => {
    expect(
      withoutParams('https://x.test/tools/outreach/?plan=a&theme=dark#or-dates-h', ['plan']),
    ).toBe('/tools/outreach/?theme=dark#or-dates-h');
    expect(withoutParams('https://x.test/embed/outreach/?plan=a', ['plan'])).toBe(
      '/embed/outreach/',
    );
  });
});
