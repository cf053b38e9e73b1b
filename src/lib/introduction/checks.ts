/**
 * Checks on a spoken introduction, in the style of the outreach checks: each returns a state
 * and what it found; the wording and the reason live in src/lib/strings/introduction.ts. The
 * rules follow what career centers teach for the opening of an informational interview: say who
 * you are, why you chose this person, end on what you hope to learn, never ask for a job.
 */
import type { Person } from '../plans/plan';
import { fill } from '../shared/fill';
import type { IntroCheckText } from '../strings/introduction';
import { findAll, findPhrases, phrasePattern, wordStart } from '../shared/phrases';

/** Every check, in the order they are shown. */
export const introCheckIds = ['who', 'reason', 'ending', 'jobAsk', 'placeholders'] as const;
export type IntroCheckId = (typeof introCheckIds)[number];

/** A check's outcome, with the offending text when it found any. */
export interface IntroCheckResult {
  id: IntroCheckId;
  state: 'pass' | 'fail';
  found?: string[];
}

/**
 * What the checks look for in one language: lists of regular-expression fragments matched
 * without case as whole words (src/lib/shared/phrases.ts), from src/lib/strings/check-rules.ts
 * or its Spanish twin, passed to the island as a prop.
 */
export interface IntroRules {
  /** Saying your name: the words before it, matched with case, then a capital ("I'm Sam", "Soy Sam"). */
  name: readonly string[];
  /** Saying what you are, study or do. */
  who: readonly string[];
  /** Giving a reason: "because", what drew you to their path, who sent you. */
  reason: readonly string[];
  /** Words of hoping to learn, in the last sentence. */
  learn: readonly string[];
  /** Asking for a job, an internship or a referral (the outreach checks' list). */
  jobAsk: readonly string[];
}

/** Leftovers of a template: [Name], {name}, <name>, the ____ of a paper sheet, XXX, TBD. */
const placeholderRe = /\[[^\]\n]{0,80}\]|\{[^}\n]{0,40}\}|<[^>\n]{1,40}>|_{2,}|\bX{2,}\b|\bTBD\b/gi;

/** The last sentence of a text (with its closing punctuation). */
export function lastSentence(text: string): string {
  const sentences = text.trim().match(/[^.!?]+(?:[.!?]+["')”]?|$)/g) ?? [];
  return (sentences.at(-1) ?? '').trim();
}

/** Runs every check on the text, in display order. The person's names count as reasons. */
export function runIntroChecks(
  text: string,
  person: Partial<Pick<Person, 'referrer' | 'school' | 'eventName'>>,
  rules: IntroRules,
): IntroCheckResult[] {
  const nameRe = new RegExp(`${wordStart}(?:${rules.name.join('|')}) \\p{Lu}`, 'u');
  const said = text.replace(/[’‘]/g, "'");
  const lower = said.toLowerCase();
  const cues = [person.referrer, person.school, person.eventName]
    .map((c) => (c ?? '').trim().toLowerCase())
    .filter(Boolean);
  const last = lastSentence(said);
  const jobs = findPhrases(said, rules.jobAsk);
  const leftovers = findAll(said, placeholderRe);
  const results: [IntroCheckId, boolean, string[]?][] = [
    ['who', nameRe.test(said) || phrasePattern(rules.who, 'iu').test(said)],
    ['reason', phrasePattern(rules.reason, 'iu').test(said) || cues.some((c) => lower.includes(c))],
    ['ending', last.includes('?') || phrasePattern(rules.learn, 'iu').test(last)],
    ['jobAsk', jobs.length === 0, jobs],
    ['placeholders', leftovers.length === 0, leftovers],
  ];
  return results.map(([id, ok, found]) => ({
    id,
    state: ok ? 'pass' : 'fail',
    ...(found?.length ? { found } : {}),
  }));
}

/** What the student reads for one check: the sentence for its outcome and, if it failed, why. */
export function describeIntroCheck(
  result: IntroCheckResult,
  wording: Readonly<Record<IntroCheckId, IntroCheckText>>,
): { message: string; reason?: string } {
  const text = wording[result.id];
  const message = fill(text[result.state], { found: result.found?.join(', ') });
  return result.state === 'pass' ? { message } : { message, reason: text.reason };
}
