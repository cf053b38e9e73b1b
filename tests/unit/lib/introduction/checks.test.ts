import { describe, expect, test } from 'vitest';
import {
  describeIntroCheck,
  introCheckIds,
  lastSentence,
  runIntroChecks as runWith,
  type IntroCheckId,
} from '../../../../src/lib/introduction/checks';
import {
  introLength,
  introPartIds,
  joinIntroduction as joinWith,
  longSeconds,
  shortSeconds,
} from '../../../../src/lib/introduction/introduction';
import type { IntroPartId } from '../../../../src/lib/plans/plan';
import { introChecks, introText, joinPhrases } from '../../../../src/lib/strings/introduction';
import { introRules } from '../../../../src/lib/strings/check-rules';
import { samParts } from '../../../support/introduction';

/** The checks and the joining with the English lists and phrases, as an English page passes them. */
const runIntroChecks = (text: string, person = {}) => runWith(text, person, introRules);
const joinIntroduction = (parts: Parameters<typeof joinWith>[0]) =>
  joinWith(parts, {}, joinPhrases);

/** An introduction that passes every check. */
const good =
  "I'm Sam, a second-year psychology student. Lately I've been curious about UX research. I wanted to talk with you because you moved from psychology into design. I'd love to learn how you made that switch.";

const stateOf = (id: IntroCheckId, text: string, person = {}) =>
  runIntroChecks(text, person).find((c) => c.id === id)?.state;

describe('runIntroChecks', () => {
  test('runs every check in display order and passes a good introduction', () => {
    const results = runIntroChecks(good);
    expect(results.map((r) => r.id)).toEqual([...introCheckIds]);
    expect(results.filter((r) => r.state === 'fail')).toEqual([]);
  });

  test('passes the introduction the tool joins from the example parts', () => {
    const joined = joinIntroduction(samParts);
    expect(runIntroChecks(joined).filter((r) => r.state === 'fail')).toEqual([]);
  });

  test.each([
    ['a student', 'example'],
    ['a career changer', 'changer'],
  ] as const)(
    "the page's example for %s joins into an introduction that passes every check in 15 to 45 seconds",
    (_, key) => {
      const parts = Object.fromEntries(introPartIds.map((id) => [id, introText.parts[id][key]]));
      const joined = joinIntroduction(parts as Record<IntroPartId, string>);
      expect(runIntroChecks(joined).filter((r) => r.state === 'fail')).toEqual([]);
      const { seconds } = introLength(joined);
      expect(seconds).toBeGreaterThanOrEqual(shortSeconds);
      expect(seconds).toBeLessThanOrEqual(longSeconds);
    },
  );

  test('who: fails without saying who you are', () => {
    expect(stateOf('who', 'Thanks for your time. What do you enjoy about your work?')).toBe('fail');
    expect(stateOf('who', "I'm curious about design and I'm hoping to learn.")).toBe('fail');
    expect(stateOf('who', "I'm Sam and I'm hoping to learn.")).toBe('pass');
    expect(stateOf('who', 'I study nursing at Carver.')).toBe('pass');
  });

  test('reason: fails without a reason for choosing this person', () => {
    expect(stateOf('reason', "I'm Sam, a student. I'd love to learn about design.")).toBe('fail');
    expect(stateOf('reason', 'I asked you because of your move into design.')).toBe('pass');
    expect(
      stateOf('reason', "Professor Chen said hello. I'm Sam.", { referrer: 'Professor Chen' }),
    ).toBe('pass');
  });

  test('ending: fails unless the last sentence says what you hope to learn or asks', () => {
    expect(stateOf('ending', "I'd love to learn about design. I'm Sam.")).toBe('fail');
    expect(stateOf('ending', "I'm Sam. How did you get started?")).toBe('pass');
    expect(stateOf('ending', "I'm Sam. I'd love to hear how you got started.")).toBe('pass');
  });

  test('jobAsk: fails on a job, internship or referral request, and names it', () => {
    const result = runIntroChecks(`${good} Are you hiring interns? Could you refer me?`).find(
      (c) => c.id === 'jobAsk',
    );
    expect(result).toEqual({ id: 'jobAsk', state: 'fail', found: ['hiring', 'refer me'] });
    expect(stateOf('jobAsk', good)).toBe('pass');
  });

  test('placeholders: fails on template leftovers, and names them', () => {
    const result = runIntroChecks("I'm [your name], a ____ student at {school}.").find(
      (c) => c.id === 'placeholders',
    );
    expect(result?.state).toBe('fail');
    expect(result?.found).toEqual(['[your name]', '____', '{school}']);
    expect(stateOf('placeholders', good)).toBe('pass');
  });

  test('reads curly apostrophes like straight ones', () => {
    expect(stateOf('who', 'I’m Sam.')).toBe('pass');
  });
});

describe('lastSentence', () => {
  test('is the final sentence, with or without closing punctuation', () => {
    expect(lastSentence('One. Two? Three')).toBe('Three');
    expect(lastSentence('One. Two?')).toBe('Two?');
    expect(lastSentence('')).toBe('');
  });
});

describe('describeIntroCheck', () => {
  test('says what to fix, with what it found and why; a pass gives no reason', () => {
    const [fail] = runIntroChecks('Any internships?').filter((c) => c.id === 'jobAsk');
    const d = describeIntroCheck(fail, introChecks);
    expect(d.message).toBe('Leave out jobs, internships and referrals: internships');
    expect(d.reason).toBe(introChecks.jobAsk.reason);
    expect(describeIntroCheck({ id: 'who', state: 'pass' }, introChecks)).toEqual({
      message: introChecks.who.pass,
    });
  });
});
