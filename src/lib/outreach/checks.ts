/**
 * Live checks on an outreach message. Each check returns a state and the facts its message
 * needs; the wording (and the guide that explains it) lives in src/lib/strings/outreach.ts.
 * The rules follow what career centers teach: short, connection first, a clear ask, about the
 * reader, no job request, no résumé, no template leftovers. The words each rule looks for come
 * from the page, in its language (`MessageRules`); the code is the same for every language.
 */
import type { ChannelTemplate, ConnectionKey } from './generate';
import { focusCounts, noteLength, wordCount } from './count';
import { fill } from '../shared/fill';
import { findAll, findPhrases, phrasePattern, wordEnd } from '../shared/phrases';

/**
 * What the checks look for in one language: lists of regular-expression fragments, each matched
 * without case as a whole word or words (src/lib/shared/phrases.ts). Wording, so it lives in a
 * string module (src/lib/strings/check-rules.ts and its Spanish twin) and reaches the island
 * as a prop: the same code checks a message in any language.
 */
export interface MessageRules {
  /** Fit English articles to what fills a slot ("an Epidemiologist", "at the University of…"). */
  articles: boolean;
  /** Words a greeting starts with ("Hi", "Dear"; "Hola", "Estimada"). */
  greeting: readonly string[];
  /** Stock phrases that make a message read like a form letter. */
  opener: readonly string[];
  /** Asking for a job, an internship or a referral. */
  jobAsk: readonly string[];
  /** Mentioning a résumé or an attachment. */
  resume: readonly string[];
  /** The words of a polite request (a question mark counts in every language). */
  ask: readonly string[];
  /** Words that show how the sender knows the reader. */
  cue: readonly string[];
  /** Subject lines that say nothing about the message (the whole subject, after any "Re:"). */
  vagueSubject: readonly string[];
  /** Words about the sender ("I", "my"; "yo", "mi"). */
  self: readonly string[];
  /** Words about the reader ("you", "your"; "usted", "su"). */
  reader: readonly string[];
}

/** Every check, in the order they are shown. */
export const checkIds = [
  'length',
  'placeholders',
  'subject',
  'connectionFirst',
  'ask',
  'opener',
  'jobAsk',
  'resume',
  'aboutThem',
] as const;
export type CheckId = (typeof checkIds)[number];

/** A check's outcome: 'warn' passes the rule but misses a stretch target. */
export interface CheckResult {
  id: CheckId;
  state: 'pass' | 'warn' | 'fail';
  /** Offending text (placeholders, phrases), when the check found any. */
  found?: string[];
  /** Numbers the message needs (word counts, limits). */
  values?: Record<string, number>;
}

/** The message's length against its channel's limit. */
export interface LengthStatus {
  unit: 'words' | 'characters';
  count: number;
  /** Words: the count must stay under it. Characters: the count may reach it. */
  max: number;
  target?: number;
  ok: boolean;
}

/** What the checks need to know besides the text. */
export interface CheckContext {
  /** The word lists of the message's language. */
  rules: MessageRules;
  /** LinkedIn Premium: longer connection notes. */
  premium?: boolean;
  /** How the student knows the person. */
  connection?: ConnectionKey;
  /** Names that show the connection when they appear (referrer, event, school, own words). */
  cues?: readonly string[];
}

/** Length of the message in its channel's unit, with the limit for that channel. */
export function lengthStatus(
  body: string,
  template: ChannelTemplate,
  premium = false,
): LengthStatus {
  if (template.maxChars) {
    const count = noteLength(body);
    const max = (premium && template.maxCharsPremium) || template.maxChars;
    return { unit: 'characters', count, max, ok: count <= max };
  }
  const count = wordCount(body);
  const max = template.maxWords ?? 100;
  return { unit: 'words', count, max, target: template.targetWords, ok: count < max };
}

/** Template leftovers: [Name], {name}, <name>, XXX, TBD (the same in every language). */
const placeholderRe = /\[[^\]\n]{0,80}\]|\{[^}\n]{0,40}\}|<[^>\n]{1,40}>|\bX{2,}\b|\bTBD\b/gi;

/** A subject line that is only one of the vague ones, after any "Re:" or "Fwd:". */
const vagueSubjectPattern = (list: readonly string[]) =>
  new RegExp(`^(?:re:\\s*|fwd?:\\s*|rv:\\s*)*(?:${list.join('|')})?[\\s.!?¡¿]*$`, 'iu');

/** The first sentence after the greeting ("Hi Maria," on its own line or at the start). */
export function firstSentence(body: string, greetings: readonly string[]): string {
  const lines = body.trim().split('\n');
  const words = `[¡¿]?(?:${greetings.join('|')})${wordEnd}`;
  const greeting = new RegExp(`^${words}|[,:]$`, 'iu');
  if (lines.length > 1 && lines[0].length <= 60 && greeting.test(lines[0].trim())) lines.shift();
  const rest = lines
    .join(' ')
    .trim()
    // "Hola, Ana: …", "¡Hola, Ana! …", "Hello Ana. …" or "Hi Ana, …" at the start of a line.
    .replace(
      new RegExp(`^${words}(?:,?\\s[^,!.:\\n]{0,40}[!.:]|[^,!.:\\n]{0,40}[,!.:])\\s+`, 'iu'),
      '',
    );
  return rest.match(/^[\s\S]*?[.!?](?=\s|$)/)?.[0] ?? rest;
}

/** The name that shows the plan's connection: the referrer, the event, the school, or own words. */
export function connectionCue(
  person: { connection?: string; referrer?: string; eventName?: string; school?: string },
  connectionText = '',
): string {
  const cues: Record<string, string | undefined> = {
    referral: person.referrer,
    event: person.eventName,
    school: person.school,
    other: connectionText,
  };
  return cues[person.connection ?? ''] ?? '';
}

/** Runs every check that applies to the channel, in display order (the order of checkIds). */
export function runChecks(
  message: { subject?: string; body: string },
  template: ChannelTemplate,
  context: CheckContext,
): CheckResult[] {
  const { rules } = context;
  const body = message.body.replace(/[’‘]/g, "'");
  const subject = (message.subject ?? '').trim();
  const opening = template.stage === 'first' || template.stage === 'nudge';
  const results: CheckResult[] = [];
  const add = (
    id: CheckId,
    ok: boolean,
    found?: string[],
    values?: Record<string, number>,
    warn = false,
  ) =>
    results.push({
      id,
      state: ok ? (warn ? 'warn' : 'pass') : 'fail',
      ...(found?.length ? { found } : {}),
      ...(values ? { values } : {}),
    });

  const { unit, count, max, target = 0, ok } = lengthStatus(body, template, context.premium);
  const values = { count, max, target, over: count - max, chars: unit === 'characters' ? 1 : 0 };
  add('length', ok, undefined, values, target > 0 && count > target);

  const leftovers = findAll(`${subject}\n${body}`, placeholderRe);
  add('placeholders', leftovers.length === 0, leftovers);

  if (template.medium === 'email')
    add(
      'subject',
      !vagueSubjectPattern(rules.vagueSubject).test(subject) && wordCount(subject) >= 3,
    );

  const kind = context.connection ?? 'none';
  if (template.stage === 'first' && kind !== 'friend' && kind !== 'family') {
    const first = firstSentence(body, rules.greeting).toLowerCase();
    const cues = (context.cues ?? []).map((c) => c.trim().toLowerCase()).filter(Boolean);
    add(
      'connectionFirst',
      phrasePattern(rules.cue, 'iu').test(first) || cues.some((c) => first.includes(c)),
    );
  }

  if (opening) add('ask', body.includes('?') || phrasePattern(rules.ask, 'iu').test(body));

  const openers = findPhrases(body, rules.opener);
  add('opener', openers.length === 0, openers);

  if (opening) {
    const jobs = findPhrases(`${subject}\n${body}`, rules.jobAsk);
    add('jobAsk', jobs.length === 0, jobs);
    const resume = findPhrases(body, rules.resume);
    add('resume', resume.length === 0, resume);
    const focus = focusCounts(body, rules);
    add('aboutThem', focus.self <= focus.reader, undefined, focus);
  }
  return results;
}

/** The wording of one check (src/lib/strings/outreach.ts): a sentence per outcome, and why. */
export interface CheckWording {
  pass: string;
  fail: string;
  warn?: string;
  reason: string;
  /** Slug of the guide that explains the rule. */
  guide: string;
}

/** What the student reads for one check. */
export interface CheckDescription {
  /** The sentence for the outcome, filled with the check's numbers and what it found. */
  message: string;
  /** Why the rule exists; only when the check did not pass. */
  reason?: string;
  /** Slug of the guide that explains it; only when the check did not pass. */
  guide?: string;
}

/** Words a check result for the student, from the wording of every check. */
export function describeCheck(
  result: CheckResult,
  wording: Readonly<Record<string, CheckWording>>,
): CheckDescription {
  // A LinkedIn note is counted in characters, and its length check has wording of its own.
  const text = wording[result.id === 'length' && result.values?.chars ? 'noteLength' : result.id];
  const message = fill(text[result.state] ?? text.pass, {
    ...result.values,
    found: result.found?.join(', '),
  });
  return result.state === 'pass'
    ? { message }
    : { message, reason: text.reason, guide: text.guide };
}
