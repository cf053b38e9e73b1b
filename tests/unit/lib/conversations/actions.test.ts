import { describe, expect, test } from 'vitest';
import { addEntry, doneEntry } from '../../../../src/lib/conversations/actions.lazy';
import { noon, planWith } from '../../../support/conversations';

describe('doneEntry', () => {
  // The outreach section's channel is 'email' until the student picks another, chosen or not.
  const untouched = planWith([]);

  test('a request or nudge marked done from Today records no channel, not the outreach default', () => {
    expect(untouched.outreach.channel).toBe('email');
    const now = noon('2026-12-07');
    expect(doneEntry({ kind: 'ask', at: null }, now)).toEqual({
      kind: 'asked',
      at: '2026-12-07',
      channel: '',
    });
    expect(doneEntry({ kind: 'nudge', at: null }, now)).toEqual({
      kind: 'nudged',
      at: '2026-12-07',
      channel: '',
    });
    let n = 0;
    const logged = addEntry(untouched, doneEntry({ kind: 'ask', at: null }, now)!, () =>
      String(++n),
    );
    expect(logged.conversation.log.map((e) => [e.kind, e.at, e.channel])).toEqual([
      ['asked', '2026-12-07', ''],
    ]);
  });

  test('a step that needs more than a click gives no entry', () => {
    expect(doneEntry({ kind: 'schedule', at: null }, noon('2026-12-07'))).toBeNull();
  });
});
