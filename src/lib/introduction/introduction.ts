/**
 * The 30-second introduction: joining the student's parts into one spoken paragraph with the
 * plan's person, counting its words and turning them into speaking time. Pure functions; the
 * wording they join with is passed in (`joinPhrases` of src/lib/strings/introduction.ts or its
 * Spanish twin, a prop of the island), never imported here.
 */
import type { IntroductionSection, IntroPartId, Person } from '../plans/plan';
import type { Student } from '../plans/student';
import { firstName, wordCount } from '../shared/words';
import { fill } from '../shared/fill';
import { wordsPerMinute, type IntroText, type JoinPhrases } from '../strings/introduction';

export { wordCount, wordsPerMinute };

/** The parts of an introduction, in the order they are said. */
export const introPartIds = ['who', 'curious', 'why', 'learn'] as const satisfies IntroPartId[];

/** The time to aim for, in seconds. */
export const targetSeconds = 30;
/** Past this many seconds the tool says the introduction runs long. */
export const longSeconds = 45;
/** Under this many seconds (with some text) the tool suggests adding a little. */
export const shortSeconds = 15;

type Parts = IntroductionSection['parts'];

/** Straight apostrophes, single spaces, no space at either end. */
const tidy = (text: string) => text.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

/** Ends a sentence with a full stop unless it already ends with . ! ? or a closing quote after one. */
const sentence = (text: string) => (/[.!?]["')”]?$/.test(text) ? text : `${text}.`);

/** The part without a lead-in the student typed as well ("I'm I'm Sam" becomes "I'm Sam"). */
function withoutLead(text: string, typed: readonly string[]): string {
  const lower = text.toLowerCase();
  const lead = [...typed]
    .sort((a, b) => b.length - a.length)
    .find((t) => lower.startsWith(t) && !/[\p{L}\p{N}]/u.test(lower.charAt(t.length)));
  return lead ? text.slice(lead.length).replace(/^[\s,:;-]+/, '') : text;
}

/** One part said after its lead-in, as a sentence; empty when the student wrote nothing. */
function partSentence(id: keyof Parts, text: string, phrases: JoinPhrases): string {
  const own = withoutLead(tidy(text), phrases.typed[id]);
  return own ? sentence(`${phrases.lead[id]} ${own}`) : '';
}

/** The line that says how the student knows the person, from the plan; empty when it says nothing. */
function connectionLine(
  person: Partial<Person>,
  phrases: JoinPhrases,
  student: Partial<Student>,
): string {
  const template = phrases.connection[person.connection ?? ''];
  if (!template) return '';
  const values = {
    referrer: tidy(person.referrer ?? ''),
    // The school an alumni connection shares is the student's own unless they say otherwise.
    school: tidy(person.school ?? '') || tidy(student.school ?? ''),
    eventName: tidy(person.eventName ?? ''),
  };
  // A connection without its detail (a referral with no name) is left out, not half said.
  const slots = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as keyof typeof values);
  return slots.every((s) => values[s]) ? fill(template, values) : '';
}

/** The reason from the person's role and organization, said while the "why" part is empty. */
function roleLine(person: Partial<Person>, phrases: JoinPhrases): string {
  const role = tidy(person.role ?? '');
  const organization = tidy(person.organization ?? '');
  const template =
    role && organization
      ? phrases.roleAt
      : role
        ? phrases.roleOnly
        : organization
          ? phrases.orgOnly
          : '';
  return template ? fill(template, { role, organization }) : '';
}

/**
 * The parts joined into one paragraph: a thank-you with the person's first name, who the
 * student is, what they are curious about, how they know the person and why them, and what
 * they hope to learn. An empty "who" or "curious" part says the student's own details (their
 * name and school, their interest) when they have given them; other empty parts are left out.
 * With every part empty the result is empty.
 */
export function joinIntroduction(
  parts: Partial<Parts>,
  person: Partial<Person>,
  phrases: JoinPhrases,
  student: Partial<Student> = {},
): string {
  const said = Object.fromEntries(
    introPartIds.map((id) => [id, partSentence(id, parts[id] ?? '', phrases)]),
  ) as Record<keyof Parts, string>;
  if (!introPartIds.some((id) => said[id])) return '';
  const name = tidy(student.name ?? '');
  const school = tidy(student.school ?? '');
  said.who ||= partSentence(
    'who',
    name && school ? fill(phrases.whoStudent, { name, school }) : name,
    phrases,
  );
  said.curious ||= partSentence('curious', student.interest ?? '', phrases);
  const first = firstName(tidy(person.name ?? ''));
  return [
    first ? fill(phrases.greeting, { name: first }) : phrases.greetingNoName,
    said.who,
    said.curious,
    connectionLine(person, phrases, student),
    said.why || roleLine(person, phrases),
    said.learn,
  ]
    .filter(Boolean)
    .join(' ');
}

/** The introduction as the student will say it: their edited text, or the parts joined. */
export function introductionText(
  section: IntroductionSection,
  person: Partial<Person>,
  phrases: JoinPhrases,
  student: Partial<Student> = {},
): string {
  return section.edited ? section.text : joinIntroduction(section.parts, person, phrases, student);
}

/** Seconds it takes to say this many words at the stated pace, rounded to the nearest second. */
export function spokenSeconds(words: number, pace = wordsPerMinute): number {
  return Math.round((Math.max(0, words) * 60) / pace);
}

/** The introduction's length: words, seconds to say it, and how that compares to the aim. */
export interface IntroLength {
  words: number;
  seconds: number;
  /** 'long' past 45 seconds, 'short' under 15 seconds, 'empty' with no words. */
  verdict: 'empty' | 'short' | 'fine' | 'long';
}

/** Counts the words of a text and the time to say them. */
export function introLength(text: string, pace = wordsPerMinute): IntroLength {
  const words = wordCount(text);
  const seconds = spokenSeconds(words, pace);
  const verdict =
    words === 0
      ? 'empty'
      : seconds > longSeconds
        ? 'long'
        : seconds < shortSeconds
          ? 'short'
          : 'fine';
  return { words, seconds, verdict };
}

/** Words that fit the target time at the stated pace (65 at 130 words a minute). */
export const targetWords = (pace = wordsPerMinute) => Math.round((targetSeconds * pace) / 60);

/** A time in seconds in words: "1 second", "34 seconds". */
export const inWords = (t: Pick<IntroText, 'second' | 'seconds'>, n: number) =>
  fill(n === 1 ? t.second : t.seconds, { n });

/** The live length line: "58 words: about 27 seconds to say at 130 words a minute. …" */
export const lengthLine = (t: IntroText, length: IntroLength) =>
  fill(t.length, { ...length, time: inWords(t, length.seconds), wpm: wordsPerMinute });

/** Minutes and seconds, as a clock shows them: 0:07, 1:02. */
export const clock = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/** A practice run's time in whole seconds, from the milliseconds the timer measured. */
export const practiceSeconds = (ms: number) => Math.max(0, Math.round(ms / 1000));

/** How far a time is from the target; of two runs equally far off, the shorter counts as better. */
const offTarget = (seconds: number) =>
  Math.abs(seconds - targetSeconds) - (seconds < targetSeconds ? 0.5 : 0);

/**
 * Keeps a practice time on the section: the last run, and the best one, the run closest to
 * 30 seconds (racing through it in 10 seconds is not better than saying it in 30).
 */
export function recordPractice(section: IntroductionSection, seconds: number): IntroductionSection {
  const best = section.practice.best;
  return {
    ...section,
    practice: {
      last: seconds,
      best: best === null || offTarget(seconds) < offTarget(best) ? seconds : best,
    },
  };
}
