import { describe, expect, test } from 'vitest';
import { createIntroductionState } from '../../../../src/lib/introduction/state';
import { createPlansState } from '../../../../src/lib/plans/state';
import { joinPhrases } from '../../../../src/lib/strings/introduction';
import { introRules } from '../../../../src/lib/strings/check-rules';

function setup() {
  const plans = createPlansState({ storage: null });
  return { plans, s: createIntroductionState(plans, { phrases: joinPhrases, rules: introRules }) };
}

describe('createIntroductionState', () => {
  test('saves each part and the text joined from them on the plan', () => {
    const { s, plans } = setup();
    plans.updatePerson({ name: 'Maria Lopez' });
    s.setPart('who', 'Sam, a nursing student');
    const saved = plans.current.value.introduction;
    expect(saved.parts.who).toBe('Sam, a nursing student');
    expect(saved.text).toBe(
      "Thank you for making the time to talk, Maria. I'm Sam, a nursing student.",
    );
    expect(s.text.value).toBe(saved.text);
    expect(s.length.value).toMatchObject({ words: 14, verdict: 'short' });
  });

  test('keeps an edit as written while the parts change, until it is rebuilt', () => {
    const { s, plans } = setup();
    s.setPart('who', 'Sam');
    s.edit('Hi, I am Sam and I study nursing.');
    s.setPart('curious', 'hospital design');
    expect(s.text.value).toBe('Hi, I am Sam and I study nursing.');
    expect(plans.current.value.introduction).toMatchObject({ edited: true });
    s.rebuild();
    expect(plans.current.value.introduction.edited).toBe(false);
    expect(s.text.value).toContain("Lately I've been curious about hospital design.");
    expect(plans.current.value.introduction.text).toBe(s.text.value);
  });

  test('sync saves the joined text again after the person changed in another tool', () => {
    const { s, plans } = setup();
    s.setPart('who', 'Sam');
    plans.updatePerson({ name: 'Jordan Wu' });
    expect(plans.current.value.introduction.text).not.toContain('Jordan');
    s.sync();
    expect(plans.current.value.introduction.text).toContain('talk, Jordan.');
  });

  test('keeps practice times: the last, and the best', () => {
    const { s, plans } = setup();
    s.practised(40);
    s.practised(50);
    expect(plans.current.value.introduction.practice).toEqual({ last: 50, best: 40 });
  });
});
