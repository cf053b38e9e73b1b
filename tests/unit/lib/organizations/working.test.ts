import { expect, test } from 'vitest';
import { channelGroup, whatIsWorking } from '../../../../src/lib/organizations/working';
import type { Plan } from '../../../../src/lib/plans/plan';
import { entry, planWith } from '../../../support/conversations';

const plan = (
  connection: Plan['person']['connection'],
  channel: string,
  reply?: string,
  asked = '2026-12-01',
) =>
  planWith([entry('asked', asked, { channel }), ...(reply ? [entry('replied', reply)] : [])], {
    person: { connection },
  });

test('counts requests and replies by channel and by connection, with small numbers', () => {
  const w = whatIsWorking([
    plan('school', 'alumni-platform', '2026-12-03'),
    plan('school', 'email', '2026-12-06'),
    plan('school', 'email'),
    plan('school', 'linkedin-note', '2026-12-02'),
    plan('', 'email'),
    planWith([], { person: { connection: 'friend' } }),
  ]);
  expect(w.all).toEqual({ sent: 5, replies: 3 });
  expect(w.byConnection).toEqual([
    { group: 'alumni', sent: 4, replies: 3 },
    { group: 'cold', sent: 1, replies: 0 },
  ]);
  expect(w.byChannel).toEqual([
    { group: 'email', sent: 3, replies: 1 },
    { group: 'linkedin', sent: 1, replies: 1 },
    { group: 'alumni-platform', sent: 1, replies: 1 },
  ]);
  // Waits of 2, 5 and 1 days: typically 2.
  expect(w.typicalDays).toBe(2);
});

test('no reply yet: no typical wait; an even count rounds the middle two', () => {
  expect(whatIsWorking([plan('', 'email')]).typicalDays).toBeNull();
  expect(
    whatIsWorking([plan('', 'email', '2026-12-02'), plan('', 'email', '2026-12-05')]).typicalDays,
  ).toBe(3);
});

test('the first request counts once however often the person was written to', () => {
  const p = planWith([
    entry('asked', '2026-12-01', { channel: 'linkedin-message' }),
    entry('nudged', '2026-12-08'),
    entry('asked', '2026-12-09', { channel: 'email' }),
  ]);
  const w = whatIsWorking([p]);
  expect(w.all.sent).toBe(1);
  expect(w.byChannel).toEqual([{ group: 'linkedin', sent: 1, replies: 0 }]);
});

test('channels fall into the panel’s groups', () => {
  expect(
    ['email', 'linkedin-note', 'linkedin-message', 'alumni-platform', 'text-friend', ''].map(
      channelGroup,
    ),
  ).toEqual(['email', 'linkedin', 'linkedin', 'alumni-platform', 'other', 'unsaid']);
});
