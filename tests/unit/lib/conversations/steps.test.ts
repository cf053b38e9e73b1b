import { describe, expect, test } from 'vitest';
import { stepText } from '../../../../src/lib/conversations/steps';
import { conversationsText } from '../../../../src/lib/strings/conversations';
import { planWith } from '../../../support/conversations';

describe('stepText', () => {
  test('names the person by their first name', () => {
    const plan = planWith([], { person: { name: 'Priya Raman' } });
    expect(stepText(plan, 'thank', conversationsText)).toBe('Write the thank-you to Priya');
  });

  test('says whose plan it is when the person has no name, never the plan’s first word', () => {
    const plan = { ...planWith([], { person: { name: ' ' } }), name: 'Conversation 10' };
    expect(stepText(plan, 'ask', conversationsText)).toBe(
      'Write to the person in “Conversation 10”',
    );
    expect(stepText(plan, 'nudge', conversationsText)).toBe(
      'Send the person in “Conversation 10” one nudge',
    );
  });
});
