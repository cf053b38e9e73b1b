/**
 * Message generation: fills a channel template with what the student entered. Pure and total:
 * any input (missing, empty, hostile) gives a message, never "undefined" or "null"; an empty
 * field leaves a visible, flagged placeholder such as "[their name]".
 */
import type { Placeholder } from './placeholders';
import { askFormats, connectionKinds, type Person } from '../plans/plan';
import { fitArticles } from '../shared/articles';
import { firstName } from '../shared/words';

/** Tone of a message. Templates give a warm version and, where it differs, a formal one. */
export type Tone = 'warm' | 'formal';
/** Where the message is sent; decides the length rule and whether it has a subject. */
export type Medium = 'email' | 'linkedin-note' | 'linkedin-message' | 'platform' | 'text';
/** Where the message sits in the conversation: first contact, nudge, thanks, or months later. */
export type Stage = 'first' | 'nudge' | 'thanks' | 'update';
/** How the student knows the person (the plan's connection kinds); 'none' when not given. */
export type ConnectionKey = Exclude<Person['connection'], ''> | 'none';
/** Format of the conversation the student asks for. */
export type AskFormat = (typeof askFormats)[number];

/** Subject (for channels that have one) and body. */
export interface MessageText {
  subject?: string;
  body: string;
}

/** One channel's template, as stored in src/content/templates. */
export interface ChannelTemplate {
  id: string;
  label: string;
  when: string;
  order: number;
  medium: Medium;
  stage: Stage;
  maxWords?: number;
  targetWords?: number;
  maxChars?: number;
  maxCharsPremium?: number;
  warm: MessageText;
  formal?: MessageText;
}

/** Phrases for one tone: the connection line, the first subject line and the ask. */
export interface Phrases {
  connection: Record<ConnectionKey, string>;
  subject: Record<ConnectionKey, string>;
  ask: Record<AskFormat, string>;
}

/**
 * What generation reads, loosely typed on purpose: the plan's person and outreach sections, and
 * the student's own details (student.ts), which an outreach section's own values replace for
 * this person.
 */
export interface MessageInput {
  person?: Partial<Record<string, unknown>>;
  outreach?: Partial<Record<string, unknown>>;
  student?: Partial<Record<string, unknown>>;
}

/** Finds every `{name}` in a text. */
export const placeholderPattern = /\{(\w+)\}/g;

/** A user-entered value as one trimmed line; anything that is not a string is empty. */
export function clean(value: unknown): string {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
}

/**
 * Replaces each `{name}` once (inserted text is never expanded again). Empty values become
 * `[label]` when `missing` has a label for them, or nothing. Unknown names stay as typed. With
 * `articles` (English), the articles before them fit what fills them ("an Epidemiologist", "at
 * the Department of Health"); Spanish wording has no such slots ("como {role}").
 */
export function fill(
  text: string,
  values: Readonly<Record<string, string>>,
  missing: Readonly<Record<string, string>>,
  articles = true,
): string {
  return (articles ? fitArticles(text, values) : text)
    .replace(placeholderPattern, (m, k: string) =>
      Object.hasOwn(values, k)
        ? values[k] || (Object.hasOwn(missing, k) ? `[${missing[k]}]` : '')
        : m,
    )
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/^[ \t]+|[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The plan's connection kind as a phrase key ('none' for empty or unknown). */
export function connectionKey(value: unknown): ConnectionKey {
  return connectionKinds.find((k) => k && k === value) || 'none';
}

/** All placeholder values for a plan, phrases already filled. */
export function messageValues(
  input: MessageInput,
  phrases: Phrases,
  missing: Readonly<Record<string, string>>,
  articles = true,
): Record<Placeholder, string> {
  const p = input.person ?? {};
  const o = input.outreach ?? {};
  const st = input.student ?? {};
  const minutes = Number(o.askMinutes);
  const format = askFormats.find((f) => f === o.askFormat) ?? 'video';
  const theirName = clean(p.name);
  const yourName = clean(o.senderName) || clean(st.name);
  const yourSchool = clean(o.senderSchool) || clean(st.school);
  // A signature keeps its lines; each line is tidied like any other field.
  const signature =
    typeof st.signature === 'string'
      ? st.signature.split('\n').map(clean).filter(Boolean).join('\n')
      : '';
  const base = {
    theirName,
    theirFirstName: firstName(theirName),
    role: clean(p.role),
    organization: clean(p.organization),
    referrer: clean(p.referrer),
    eventName: clean(p.eventName),
    // The school an alumni connection shares is the student's own unless they say otherwise.
    school: clean(p.school) || yourSchool,
    connectionText: clean(o.connectionText),
    yourName,
    yourFirstName: firstName(yourName),
    yourSchool,
    interest: clean(o.interest) || clean(st.interest),
    signature: signature || yourName,
    askMinutes: String(Number.isFinite(minutes) && minutes > 0 ? Math.round(minutes) : 20),
  };
  const kind = connectionKey(p.connection);
  return {
    ...base,
    connectionLine: fill(phrases.connection[kind], base, missing, articles),
    firstSubject: fill(phrases.subject[kind], base, missing, articles),
    ask: fill(phrases.ask[format], base, missing, articles),
  };
}

/**
 * A letter's body starts on the line after the greeting with a capital, whatever fills it (a
 * connection line the student typed in lower case): "Hola, Ana:" then "Nos conocimos…", as
 * Spanish and English letters both want.
 */
export function capitalAfterGreeting(body: string): string {
  return body.replace(
    /^([^\n]{1,60}[,:])(\n+)([¡¿"«“]?)(\p{Ll})/u,
    (_m, greeting: string, breaks: string, mark: string, letter: string) =>
      greeting + breaks + mark + letter.toUpperCase(),
  );
}

/**
 * The generated subject and body for a channel, in the plan's tone. `rules.articles` is the
 * language's (true for English; MessageRules in ./checks.ts): the wording itself is the template's.
 */
export function generateMessage(
  template: ChannelTemplate,
  phrasesByTone: Readonly<Record<Tone, Phrases>>,
  input: MessageInput,
  missing: Readonly<Record<string, string>>,
  rules: { articles: boolean } = { articles: true },
): { subject: string; body: string } {
  const tone: Tone = input.outreach?.tone === 'formal' ? 'formal' : 'warm';
  const text = (tone === 'formal' && template.formal) || template.warm;
  const values = messageValues(input, phrasesByTone[tone], missing, rules.articles);
  return {
    subject: text.subject ? fill(text.subject, values, missing, rules.articles) : '',
    body: capitalAfterGreeting(fill(text.body, values, missing, rules.articles)),
  };
}
