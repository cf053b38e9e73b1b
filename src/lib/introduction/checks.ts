/**
 * Checks on a spoken introduction, in the style of the outreach checks: each returns a state
 * and what it found; the wording and the reason live in src/lib/strings/introduction.ts. The
 * rules follow what career centers teach for the opening of an informational interview: say who
 * you are, why you chose this person, end on what you hope to learn, never ask for a job.
 */
import type { Person } from '../plans/plan';
import { fill } from '../shared/fill';
import type { IntroCheckText } from '../strings/introduction';

/** Every check, in the order they are shown. */
export const introCheckIds = ['who', 'reason', 'ending', 'jobAsk', 'placeholders'] as const;
export type IntroCheckId = (typeof introCheckIds)[number];

/** A check's outcome, with the offending text when it found any. */
export interface IntroCheckResult {
  id: IntroCheckId;
  state: 'pass' | 'fail';
  found?: string[];
}

const find = (text: string, re: RegExp) => [...new Set(text.match(re) ?? [])];

/** Saying who you are: your name ("I'm Sam"), or what you are, study or do. */
const nameRe = /\b(?:I'm|I am|i'm|i am) \p{Lu}/u;
const whoRe =
  /\b(?:(?:i'm|i am) (?:a|an|in|at|from|currently|studying|working|now|the)\b|my name(?:'s| is)\b|i (?:study|work|worked|graduated|teach|run|lead|manage)\b|i(?:'ve| have) (?:worked|been working|been studying|spent)\b)/i;
/** Giving a reason: "because", "since you", what drew you to their path, who sent you. */
const reasonRe =
  /\bbecause\b|\bsince you\b|\bwhy i (?:wanted|asked|reached)\b|\byour (?:work|role|path|career|move|switch|experience|research|team|project|book|article|talk|post|story|journey|background)\b|\b(?:suggested|recommended|referred)\b|\bwe (?:met|both)\b|\byou (?:also|too)\b|\bintroduced us\b/i;
/** Words of hoping to learn, in the last sentence. */
const learnRe =
  /\b(?:learn|hear|understand|find out|know more|ask you|advice|curious|wonder|picture)\b/i;
/** Asking for a job, an internship or a referral (the same list the outreach checks use). */
const jobRe =
  /\b(?:jobs?|internships?|(?:job )?openings?|vacanc(?:y|ies)|open (?:positions?|roles?)|referrals?|refer me|hiring|hire me|employment|apply(?:ing)? (?:for|to))\b/gi;
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
  person: Partial<Pick<Person, 'referrer' | 'school' | 'eventName'>> = {},
): IntroCheckResult[] {
  const said = text.replace(/[’‘]/g, "'");
  const lower = said.toLowerCase();
  const cues = [person.referrer, person.school, person.eventName]
    .map((c) => (c ?? '').trim().toLowerCase())
    .filter(Boolean);
  const last = lastSentence(said);
  const jobs = find(said, jobRe);
  const leftovers = find(said, placeholderRe);
  const results: [IntroCheckId, boolean, string[]?][] = [
    ['who', nameRe.test(said) || whoRe.test(said)],
    ['reason', reasonRe.test(said) || cues.some((c) => lower.includes(c))],
    ['ending', last.includes('?') || learnRe.test(last)],
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
