import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  clock,
  inWords,
  introLength,
  lengthLine,
  introductionText as textWith,
  joinIntroduction as joinWith,
  practiceSeconds,
  recordPractice,
  spokenSeconds,
  targetWords,
} from '../../../../src/lib/introduction/introduction';
import { planSchema, type IntroductionSection } from '../../../../src/lib/plans/plan';
import { introText, joinPhrases } from '../../../../src/lib/strings/introduction';
import type { JoinPhrases } from '../../../../src/lib/strings/introduction';
import type { Person } from '../../../../src/lib/plans/plan';
import type { Student } from '../../../../src/lib/plans/student';
import { samParts } from '../../../support/introduction';

/** Joining with the English phrases unless a test gives others, as an English page does. */
const joinIntroduction = (
  p: Parameters<typeof joinWith>[0],
  who: Partial<Person> = {},
  phrases: JoinPhrases = joinPhrases,
  student: Partial<Student> = {},
) => joinWith(p, who, phrases, student);
const introductionText = (section: IntroductionSection, who: Partial<Person> = {}) =>
  textWith(section, who, joinPhrases);

const person = { name: 'Maria Lopez', role: 'UX researcher', organization: 'Acme Health' };
const blankSection = (): IntroductionSection =>
  planSchema.parse({ id: 'p', name: 'P', createdAt: '', updatedAt: '' }).introduction;

describe('joinIntroduction', () => {
  test('joins the four parts into one paragraph, thanking the person by first name', () => {
    expect(joinIntroduction(samParts, person)).toBe(
      "Thank you for making the time to talk, Maria. I'm Sam, a second-year psychology student at Carver College. Lately I've been curious about how research shapes the apps people use every day. I wanted to talk with you because you moved from psychology into UX research. In our conversation, I'd love to learn what a normal week looks like for you.",
    );
  });

  test('says nothing at all while every part is empty, even with a person on the plan', () => {
    expect(joinIntroduction({}, person)).toBe('');
    expect(joinIntroduction({ who: '  ', why: '\n' }, person)).toBe('');
  });

  test('leaves out empty parts and thanks without a name when the plan has none', () => {
    expect(joinIntroduction({ who: 'Sam' })).toBe(
      "Thank you for making the time to talk. I'm Sam.",
    );
  });

  test('does not say a lead-in twice when the student typed it too', () => {
    const text = joinIntroduction({
      who: "I'm Sam",
      curious: 'I am curious about city planning',
      why: 'because you work in transit',
      learn: 'I would love to learn how you started',
    });
    expect(text).toContain("I'm Sam.");
    expect(text).toContain("Lately I've been curious about city planning.");
    expect(text).toContain('I wanted to talk with you because you work in transit.');
    expect(text).toContain("In our conversation, I'd love to learn how you started.");
    expect(text).not.toMatch(/I'm I'm|because because|learn I would/);
  });

  test('keeps a question mark or full stop the student wrote, and tidies spaces', () => {
    const text = joinIntroduction({ who: ' Sam   Lee. ', learn: 'how you chose your team?' });
    expect(text).toContain("I'm Sam Lee.");
    expect(text).toMatch(/how you chose your team\?$/);
  });

  test('says how the student knows the person, from the plan', () => {
    const join = (p: object) => joinIntroduction({ who: 'Sam' }, p);
    expect(join({ connection: 'referral', referrer: 'Professor Chen' })).toContain(
      'Professor Chen suggested I talk with you.',
    );
    expect(join({ connection: 'school', school: 'Carver College' })).toContain(
      'I saw that you also studied at Carver College.',
    );
    expect(join({ connection: 'event', eventName: 'the design meetup' })).toContain(
      'We met at the design meetup.',
    );
    // A referral with no name is left out rather than half said.
    expect(join({ connection: 'referral', referrer: '' })).not.toContain('suggested');
  });

  test('gives the person’s role and organization as the reason while "why" is empty', () => {
    expect(joinIntroduction({ who: 'Sam' }, person)).toContain(
      "I'd love to hear about your role as UX researcher at Acme Health.",
    );
    expect(joinIntroduction({ who: 'Sam' }, { organization: 'Acme' })).toContain(
      "I'd love to hear about your work at Acme.",
    );
    expect(joinIntroduction(samParts, person)).not.toContain('your role as');
  });

  test('never throws, and never says undefined or null, for any parts and person', () => {
    const text = fc.oneof(fc.string(), fc.constant(''), fc.constantFrom('undefined', ' I am '));
    fc.assert(
      fc.property(
        fc.record({ who: text, curious: text, why: text, learn: text }, { requiredKeys: [] }),
        fc.record(
          {
            name: text,
            role: text,
            organization: text,
            referrer: text,
            school: text,
            eventName: text,
            connection: fc.constantFrom(
              '',
              'friend',
              'school',
              'event',
              'referral',
              'linkedin',
              'other',
            ),
          },
          { requiredKeys: [] },
        ),
        (p, who) => {
          const out = joinIntroduction(p, who as never);
          const typed = [...Object.values(p), ...Object.values(who)].join(' ');
          for (const word of ['undefined', 'null'])
            if (!typed.includes(word)) expect(out).not.toContain(word);
          // Every slot of the wording is filled: a brace in the text is one the student typed.
          if (!typed.includes('{')) expect(out).not.toContain('{');
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('joinIntroduction with the student’s own details', () => {
  const student = { name: 'Sam Rivera', school: 'Lakeside College', interest: 'public health' };
  test('an empty "who" or "curious" part says the student’s name, school and interest', () => {
    expect(joinIntroduction({ learn: 'how you chose epidemiology' }, {}, undefined, student)).toBe(
      "Thank you for making the time to talk. I'm Sam Rivera, a student at Lakeside College. " +
        "Lately I've been curious about public health. In our conversation, I'd love to learn how you chose epidemiology.",
    );
  });
  test('what the student typed comes first, and an alumni connection shares their school', () => {
    const text = joinIntroduction(
      { who: 'a second-year in biology', curious: 'outbreak work' },
      { name: 'Kai Moana', connection: 'school' },
      undefined,
      student,
    );
    expect(text).toContain("I'm a second-year in biology.");
    expect(text).toContain('outbreak work');
    expect(text).not.toContain('public health');
    expect(text).toContain('I saw that you also studied at Lakeside College.');
  });
});

describe('introductionText', () => {
  test('is the joined parts until the student edits it, then their own words', () => {
    const section = { ...blankSection(), parts: samParts };
    expect(introductionText(section, person)).toBe(joinIntroduction(samParts, person));
    const edited = { ...section, text: 'My own words.', edited: true };
    expect(introductionText(edited, person)).toBe('My own words.');
  });
});

describe('spokenSeconds and introLength', () => {
  test('count time at 130 words a minute: 65 words is 30 seconds', () => {
    expect(targetWords()).toBe(65);
    expect(spokenSeconds(65)).toBe(30);
    expect(spokenSeconds(130)).toBe(60);
    expect(spokenSeconds(0)).toBe(0);
  });

  test('call a text past 45 seconds long, and one under 15 seconds short', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
    expect(introLength('')).toEqual({ words: 0, seconds: 0, verdict: 'empty' });
    expect(introLength(words(65))).toEqual({ words: 65, seconds: 30, verdict: 'fine' });
    expect(introLength(words(97)).verdict).toBe('fine'); // 44.8 s rounds to 45
    expect(introLength(words(99))).toMatchObject({ seconds: 46, verdict: 'long' });
    expect(introLength(words(20))).toMatchObject({ seconds: 9, verdict: 'short' });
  });

  test('count words the way the outreach checks do', () => {
    expect(introLength("I'm Sam — a first-year, co-op student.").words).toBe(6);
  });
});

describe('recordPractice', () => {
  test('keeps the last time, and as best the run closest to 30 seconds', () => {
    let s = blankSection();
    s = recordPractice(s, 41);
    expect(s.practice).toEqual({ last: 41, best: 41 });
    s = recordPractice(s, 33);
    expect(s.practice).toEqual({ last: 33, best: 33 });
    s = recordPractice(s, 8);
    expect(s.practice).toEqual({ last: 8, best: 33 });
    s = recordPractice(s, 27);
    expect(s.practice).toEqual({ last: 27, best: 27 });
  });

  test('turns the timer’s milliseconds into whole seconds', () => {
    expect(practiceSeconds(29_600)).toBe(30);
    expect(practiceSeconds(-5)).toBe(0);
  });
});

describe('the plan’s introduction section', () => {
  test('defaults every field, so a plan saved before it existed still loads', () => {
    expect(blankSection()).toEqual({
      parts: { who: '', curious: '', why: '', learn: '' },
      text: '',
      edited: false,
      practice: { last: null, best: null },
    });
    const partial = planSchema.parse({
      id: 'p',
      name: 'P',
      createdAt: '',
      updatedAt: '',
      introduction: { parts: { who: 'Sam' }, practice: { best: 31 } },
    });
    expect(partial.introduction.parts).toEqual({ who: 'Sam', curious: '', why: '', learn: '' });
    expect(partial.introduction.practice).toEqual({ last: null, best: 31 });
  });
});

describe('what the builder shows of a length and a time', () => {
  test('says seconds in words, one second in the singular', () => {
    expect(inWords(introText, 1)).toBe('1 second');
    expect(inWords(introText, 0)).toBe('0 seconds');
    expect(inWords(introText, 34)).toBe('34 seconds');
  });

  test('writes the live length line with the words, the time and the stated pace', () => {
    expect(lengthLine(introText, introLength('word '.repeat(65)))).toBe(
      '65 words: about 30 seconds to say at 130 words a minute. Aim for about 30 seconds, roughly 65 words.',
    );
  });

  test('shows a practice time as a clock does', () => {
    expect([0, 7, 59, 60, 62, 600].map(clock)).toEqual([
      '0:00',
      '0:07',
      '0:59',
      '1:00',
      '1:02',
      '10:00',
    ]);
  });
});
