/**
 * Live checks on an outreach message. Each check returns a state and the facts its message
 * needs; the wording (and the guide that explains it) lives in src/lib/strings/outreach.ts.
 * The rules follow what career centers teach: short, connection first, a clear ask, about the
 * reader, no job request, no résumé, no template leftovers.
 */
import type { ChannelTemplate, ConnectionKey } from './generate';
import { focusCounts, noteLength, wordCount } from './count';
import { fill } from '../shared/fill';

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

const find = (text: string, re: RegExp) => [...new Set(text.match(re) ?? [])];

/** Template leftovers: [Name], {name}, <name>, XXX, TBD. */
const placeholderRe = /\[[^\]\n]{0,80}\]|\{[^}\n]{0,40}\}|<[^>\n]{1,40}>|\bX{2,}\b|\bTBD\b/gi;
/** Openers that make a message read like a template. */
const openerRe =
  /hope (?:this|my|the) (?:e-?mail|message|note) finds you|hope (?:you(?:'re| are)|all is) (?:doing )?well|to whom it may concern|my name is|i know (?:you(?:'re| are)|how) (?:very |really |so )?busy|sorry to (?:bother|disturb)|i(?:'m| am) writing to|dear sir or madam/gi;
/** Asking for a job, internship or referral. */
const jobRe =
  /\b(?:jobs?|internships?|(?:job )?openings?|vacanc(?:y|ies)|open (?:positions?|roles?)|referrals?|refer me|hiring|hire me|employment|apply(?:ing)? (?:for|to))\b/gi;
/** Mentioning an attachment or résumé. */
const resumeRe = /r[eé]sum[eé]s?|\bCV\b|curriculum vitae|\battach(?:ed|ment|ments|ing)?\b/gi;
/** A question mark, or the words of a polite request. */
const askRe =
  /\?|\b(?:would|could|can|may) (?:you|we|i)\b|\bare you (?:open|free|available)|\blet me know (?:if|whether|when)/i;
/** Words that show how the sender knows the reader. */
const cueRe =
  /\b(?:met|meet|meeting|referred|suggested|recommended|introduc\w*|alum\w*|fellow|mutual|linkedin|classmates?|both|our (?:school|program|conversation|chat|talk))\b/i;
/** Subject lines that say nothing about the message. */
const vagueSubjectRe =
  /^(?:re:\s*|fwd?:\s*)*(?:hi|hello|hey|greetings|question|quick question|a question|request|meeting|meeting request|informational interview(?: request)?|networking|introduction|intro|coffee|chat|connecting|following up|follow up|checking in|\(no subject\))?[\s.!?]*$/i;

/** The first sentence after the greeting ("Hi Maria," on its own line or at the start). */
export function firstSentence(body: string): string {
  const lines = body.trim().split('\n');
  const greeting = /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b|,$/i;
  if (lines.length > 1 && lines[0].length <= 60 && greeting.test(lines[0].trim())) lines.shift();
  const rest = lines
    .join(' ')
    .trim()
    .replace(/^(?:hi|hello|hey|dear)\b[^,!.\n]{0,40}[,!.]\s+/i, '');
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
  context: CheckContext = {},
): CheckResult[] {
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

  const leftovers = find(`${subject}\n${body}`, placeholderRe);
  add('placeholders', leftovers.length === 0, leftovers);

  if (template.medium === 'email')
    add('subject', !vagueSubjectRe.test(subject) && wordCount(subject) >= 3);

  const kind = context.connection ?? 'none';
  if (template.stage === 'first' && kind !== 'friend' && kind !== 'family') {
    const first = firstSentence(body).toLowerCase();
    const cues = (context.cues ?? []).map((c) => c.trim().toLowerCase()).filter(Boolean);
    add('connectionFirst', cueRe.test(first) || cues.some((c) => first.includes(c)));
  }

  if (opening) add('ask', askRe.test(body));

  const openers = find(body, openerRe);
  add('opener', openers.length === 0, openers);

  if (opening) {
    const jobs = find(`${subject}\n${body}`, jobRe);
    add('jobAsk', jobs.length === 0, jobs);
    const resume = find(body, resumeRe);
    add('resume', resume.length === 0, resume);
    const focus = focusCounts(body);
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
