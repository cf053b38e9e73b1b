import { describe, expect, test } from 'vitest';
import {
  groupToday,
  snoozeUntil,
  stepLink,
  type PlanRow,
} from '../../../../src/lib/conversations/today';
import { deriveRows } from '../../../../src/lib/conversations/rows';
import { entry, noon, planWith } from '../../../support/conversations';

const today = '2026-12-01';
const rowsOf = (...logs: [string, Parameters<typeof entry>[]][]): PlanRow[] =>
  deriveRows(
    logs.map(([name, log], i) =>
      planWith(
        log.map((e) => entry(...e)),
        { id: `p${i}`, person: { name } },
      ),
    ),
    noon(today),
  );

describe('groupToday', () => {
  test('sorts next steps into overdue, due today and this week; later ones and closed plans are left out', () => {
    const rows = rowsOf(
      ['Overdue nudge', [['asked', '2026-11-20']]], // nudge 11-27
      ['Thank today', [['talked', '2026-11-30']]], // thank 12-01
      ['Nudge in six days', [['asked', '2026-11-30']]], // nudge 12-07
      ['Nudge in eight days', [['asked', '2026-12-02']]], // nudge 12-09
      [
        'Closed',
        [
          ['asked', '2026-11-01'],
          ['closed', '2026-11-10', { reason: 'declined' }],
        ],
      ],
    );
    const g = groupToday(rows, noon(today));
    expect(g.overdue.map((i) => i.plan.person.name)).toEqual(['Overdue nudge']);
    expect(g.today.map((i) => i.plan.person.name)).toEqual(['Thank today']);
    expect(g.week.map((i) => i.plan.person.name)).toEqual(['Nudge in six days']);
  });

  test('orders each group by due date, earliest first', () => {
    const rows = rowsOf(
      ['Later', [['asked', '2026-11-22']]],
      ['Earlier', [['asked', '2026-11-10']]],
    );
    expect(groupToday(rows, noon(today)).overdue.map((i) => i.next.due)).toEqual([
      '2026-11-17',
      '2026-11-29',
    ]);
  });

  test('"today" is the local day: just before midnight it is still that day', () => {
    const rows = rowsOf(['Thank', [['talked', '2026-11-30']]]);
    expect(groupToday(rows, new Date('2026-12-01T23:59')).today).toHaveLength(1);
    expect(groupToday(rows, new Date('2026-12-02T00:01')).overdue).toHaveLength(1);
  });
});

describe('stepLink', () => {
  /** Where the link leads from the conversations page at `page`. */
  const from = (page: string, link: string | null) => {
    const url = new URL(link!, `https://kit.example${page}`);
    return url.pathname + url.search + url.hash;
  };

  test('opens the outreach tool on the plan with the message for the step', () => {
    const on = (link: string | null) => from('/tools/conversations/', link);
    expect(on(stepLink({ id: 'abc' }, 'thank'))).toBe(
      '/tools/outreach/?plan=abc&message=thank-you',
    );
    expect(on(stepLink({ id: 'abc' }, 'nudge'))).toBe('/tools/outreach/?plan=abc&message=nudge');
    expect(on(stepLink({ id: 'abc' }, 'update'))).toBe(
      '/tools/outreach/?plan=abc&message=keep-in-touch',
    );
    expect(on(stepLink({ id: 'abc' }, 'ask'))).toBe('/tools/outreach/?plan=abc&message=first');
    expect(on(stepLink({ id: 'abc' }, 'schedule'))).toBe('/tools/outreach/?plan=abc#or-dates-h');
    expect(on(stepLink({ id: 'a&b' }, 'prepare'))).toBe('/tools/question-builder/?plan=a%26b');
    // The talk to come and "did you talk?" are answered in Today, not in a tool.
    expect(stepLink({ id: 'abc' }, 'talk')).toBeNull();
    expect(stepLink({ id: 'abc' }, 'confirm')).toBeNull();
    expect(stepLink({ id: 'abc' }, 'close-no-reply')).toBeNull();
  });

  test('keeps the page’s language, in an embed too (whose script keeps the link in the frame)', () => {
    const thank = stepLink({ id: 'abc' }, 'thank');
    expect(from('/es/tools/conversations/', thank)).toBe(
      '/es/tools/outreach/?plan=abc&message=thank-you',
    );
    // src/client/embed/frame.ts turns /tools/ into /embed/ and /es/tools/ into /es/embed/.
    expect(from('/embed/conversations/', thank)).toBe(
      '/tools/outreach/?plan=abc&message=thank-you',
    );
    expect(from('/es/embed/conversations/', stepLink({ id: 'abc' }, 'prepare'))).toBe(
      '/es/tools/question-builder/?plan=abc',
    );
  });
});

describe('snoozeUntil', () => {
  test('puts a step off three days from today, or from its due day when that is later', () => {
    expect(snoozeUntil('2026-11-20', noon(today))).toBe('2026-12-04');
    expect(snoozeUntil('2026-12-05', noon(today))).toBe('2026-12-08');
  });
});
