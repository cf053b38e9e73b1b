/**
 * Rules of the question builder: the bank's vocabulary, filtering and search, how many questions
 * fit the time, the suggested set, placeholder filling, reordering, exports and share links.
 * Pure functions over plain data; the island and the pages only call them.
 */

/** Question categories in the order a conversation uses them: warm-up, TIARA, closing. */
export const categories = [
  'warm-up',
  'trends',
  'insights',
  'advice',
  'resources',
  'assignments',
  'closing',
] as const;
export type Category = (typeof categories)[number];

/** The five TIARA categories (Steve Dalton), in conversation order. */
export const tiara = ['trends', 'insights', 'advice', 'resources', 'assignments'] as const;

/** Career stages a question suits. */
export const stages = ['student', 'early-career', 'career-changer'] as const;
export type Stage = (typeof stages)[number];

/** Who the student is talking to. */
export const contacts = ['friend-family', 'alumni', 'linkedin', 'event'] as const;
export type Contact = (typeof contacts)[number];

/** Fields a question can be specific to; a question without one suits every field. */
export const fields = [
  'tech',
  'health',
  'business',
  'nonprofit',
  'government',
  'education',
  'creative',
  'science',
] as const;
export type Field = (typeof fields)[number];

/** Words a question may contain in braces, filled from the plan's person. */
export const placeholders = ['organization', 'role', 'field'] as const;
export type Placeholder = (typeof placeholders)[number];

/** One question of the bank, as the pages pass it to the island. */
export interface BankQuestion {
  /** Stable id, used in saved plans and share links. */
  id: string;
  category: Category;
  text: string;
  /** Stages it suits (all three when it suits everyone). */
  stages: readonly Stage[];
  /** Contacts it suits (all four when it suits everyone). */
  contacts: readonly Contact[];
  /** Fields it is specific to; empty when it suits every field. */
  fields: readonly Field[];
  /** A follow-up to dig deeper, when there is a natural one. */
  probe?: string;
}

/** One file of the bank as the collection loads it: a category and its questions. */
export interface BankGroup {
  category: Category;
  title: string;
  summary: string;
  questions: readonly Omit<BankQuestion, 'category'>[];
}

/**
 * The whole bank as one list, in conversation order of categories. Fails the build when two
 * questions share an id, since saved plans and share links would then point at the wrong one.
 */
export function flattenBank(groups: readonly BankGroup[]): BankQuestion[] {
  const sorted = [...groups].sort(
    (a, b) => categories.indexOf(a.category) - categories.indexOf(b.category),
  );
  const seen = new Map<string, Category>();
  const out: BankQuestion[] = [];
  for (const group of sorted)
    for (const q of group.questions) {
      const other = seen.get(q.id);
      if (other)
        throw new Error(
          `Question id "${q.id}" is used twice (in ${other} and ${group.category}); ids must be unique.`,
        );
      seen.set(q.id, group.category);
      out.push({ ...q, category: group.category });
    }
  return out;
}

/** What the student narrowed the bank to. Empty strings mean "any". */
export interface BankFilter {
  category?: Category | '';
  stage?: Stage | '';
  contact?: Contact | '';
  field?: Field | '';
  query?: string;
}

/** A bank question with its search text prepared once, so each keystroke only compares. */
export interface IndexedQuestion extends BankQuestion {
  /** Lower-cased, accent-free text and probe. */
  haystack: string;
}

/** Lower-cases and strips accents so "resume" finds "résumé". */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Prepares the bank for searching. Run once per page. */
export function indexBank(bank: readonly BankQuestion[]): IndexedQuestion[] {
  return bank.map((q) => ({ ...q, haystack: normalize(`${q.text} ${q.probe ?? ''}`) }));
}

/**
 * The bank questions that match every part of the filter, in bank order. Search terms are
 * words that must all appear (in any order) in the question or its follow-up.
 */
export function filterBank(
  bank: readonly IndexedQuestion[],
  filter: BankFilter,
): IndexedQuestion[] {
  const terms = normalize(filter.query ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const { category, stage, contact, field } = filter;
  const out: IndexedQuestion[] = [];
  for (const q of bank) {
    if (category && q.category !== category) continue;
    if (stage && !q.stages.includes(stage)) continue;
    if (contact && !q.contacts.includes(contact)) continue;
    if (field && q.fields.length > 0 && !q.fields.includes(field)) continue;
    let found = true;
    for (const t of terms) {
      if (!q.haystack.includes(t)) {
        found = false;
        break;
      }
    }
    if (found) out.push(q);
  }
  return out;
}

/** The time assumptions, stated in the interface so students can judge them. */
export const timing = {
  /** Lengths the student can pick, in minutes. */
  lengths: [15, 20, 30, 45],
  /** Greeting, your short introduction and the thank-you at the end, together. */
  overheadMinutes: 3,
  /** One question with its answer and a follow-up. */
  minutesPerQuestion: 3,
} as const;

/** How many questions fit a conversation of this many minutes (at least one). */
export function questionsThatFit(minutes: number): number {
  return Math.max(1, Math.floor((minutes - timing.overheadMinutes) / timing.minutesPerQuestion));
}

/** How a list of `count` questions fits `minutes`. */
export interface TimeFit {
  /** Questions that fit. */
  capacity: number;
  /** Minutes the list needs, overhead included. */
  needed: number;
  /** Questions beyond what fits (0 when it fits). */
  over: number;
}

/** Compares a list's length with the planned time. */
export function timeFit(count: number, minutes: number): TimeFit {
  const capacity = questionsThatFit(minutes);
  return {
    capacity,
    needed: timing.overheadMinutes + count * timing.minutesPerQuestion,
    over: Math.max(0, count - capacity),
  };
}

/** Which TIARA categories a suggested set draws on first when few questions fit. */
const tiaraPriority: readonly Category[] = [
  'advice',
  'insights',
  'trends',
  'resources',
  'assignments',
];

/** Who the set is for. Empty strings mean "any". */
export interface SuggestOptions {
  minutes: number;
  stage?: Stage | '';
  contact?: Contact | '';
  field?: Field | '';
}

/**
 * A balanced set for the time: one warm-up, TIARA questions spread over the five categories
 * (advice and insights first when only a few fit), one closing question, in conversation order.
 * Questions written for the chosen stage, contact or field come before general ones; when one of
 * them is left open, questions written for a particular value of it are left out.
 */
export function suggestSet(bank: readonly BankQuestion[], options: SuggestOptions): BankQuestion[] {
  const size = Math.max(3, questionsThatFit(options.minutes));
  const { stage, contact, field } = options;
  // A tag the student left open admits only questions that suit every value of it, so a set
  // for "anyone" never asks a stranger about family, and a field-free set stays general.
  const fits = (q: BankQuestion) =>
    (stage ? q.stages.includes(stage) : q.stages.length === stages.length) &&
    (contact ? q.contacts.includes(contact) : q.contacts.length === contacts.length) &&
    (field ? q.fields.length === 0 || q.fields.includes(field) : q.fields.length === 0);
  // Specific questions first: field-specific, then those written for fewer stages or contacts.
  const score = (q: BankQuestion) =>
    (q.fields.length > 0 ? 0 : 10) + q.stages.length + q.contacts.length;
  const pools = new Map<Category, BankQuestion[]>();
  for (const c of categories) {
    pools.set(
      c,
      bank
        .filter((q) => q.category === c && fits(q))
        .map((q, i) => ({ q, i }))
        .sort((a, b) => score(a.q) - score(b.q) || a.i - b.i)
        .map((x) => x.q),
    );
  }
  const take = (c: Category) => pools.get(c)?.shift();
  const chosen: BankQuestion[] = [];
  const warm = take('warm-up');
  const close = take('closing');
  let middle = size - (warm ? 1 : 0) - (close ? 1 : 0);
  const picked: BankQuestion[] = [];
  for (let round = 0; middle > 0; round++) {
    let progress = false;
    for (const c of tiaraPriority) {
      if (middle === 0) break;
      const q = take(c);
      if (q) {
        picked.push(q);
        middle--;
        progress = true;
      }
    }
    if (!progress) break;
  }
  if (warm) chosen.push(warm);
  for (const c of tiara) chosen.push(...picked.filter((q) => q.category === c));
  if (close) chosen.push(close);
  return chosen;
}

/** The person fields that fill placeholders. */
export type PlaceholderValues = Partial<Record<Placeholder, string>>;

/** A piece of a filled question: plain text, or a placeholder with nothing to fill it. */
export type Segment = { text: string } | { missing: string };

/** Splits a question into text and placeholders, filling those the person provides. */
export function fillSegments(text: string, values: PlaceholderValues): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(/\{([a-z]+)\}/g)) {
    const value = (values as Record<string, string | undefined>)[m[1]]?.trim();
    if (m.index > last) out.push({ text: text.slice(last, m.index) });
    out.push(value ? { text: value } : { missing: m[1] });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return merge(out);
}

function merge(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const prev = out.at(-1);
    if ('text' in s && prev && 'text' in prev) prev.text += s.text;
    else out.push({ ...s });
  }
  return out;
}

/** The question as plain text; an unfilled placeholder reads as "[organization]". */
export function fillText(text: string, values: PlaceholderValues): string {
  return fillSegments(text, values)
    .map((s) => ('text' in s ? s.text : `[${s.missing}]`))
    .join('');
}

/**
 * Moves the item at `index` by `delta` places and returns a new array; an impossible move
 * (past either end) returns the same array unchanged.
 */
export function move<T>(items: readonly T[], index: number, delta: number): readonly T[] {
  const to = index + delta;
  if (index < 0 || index >= items.length || to < 0 || to >= items.length || delta === 0)
    return items;
  const copy = items.slice();
  const [item] = copy.splice(index, 1);
  copy.splice(to, 0, item);
  return copy;
}

/** A question on the student's list, as the plan stores it. */
export interface ListItem {
  id: string;
  sourceId: string | null;
  text: string;
  mustAsk: boolean;
  notes: string;
}

/** The fragment key that carries a shared list: `#share=...`. */
export const shareKey = 'share';

/** Most questions a share link may carry. */
const shareMax = 60;

/** A shared list: questions (bank id, wording, must-ask) and the planned minutes. */
export interface SharedList {
  minutes: number;
  items: { sourceId: string | null; text: string; mustAsk: boolean }[];
}

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(code: string): string {
  const b64 = code.replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/**
 * Encodes a list for a link fragment: base64url of compact JSON. A bank question asked as
 * written is just its id; edited or own questions carry their text; notes are never shared.
 */
export function encodeShare(
  list: SharedList,
  bankText: (id: string) => string | undefined,
): string {
  const q = list.items.map((item) => {
    const edited = !item.sourceId || bankText(item.sourceId) !== item.text;
    if (!edited && !item.mustAsk) return item.sourceId;
    const entry: { s?: string; t?: string; m?: 1 } = {};
    if (item.sourceId) entry.s = item.sourceId;
    if (edited) entry.t = item.text;
    if (item.mustAsk) entry.m = 1;
    return entry;
  });
  return toBase64Url(JSON.stringify({ v: 1, n: list.minutes, q }));
}

/** Why a share link could not be read; the island shows the matching message. */
export type ShareError = 'malformed' | 'unknown-question' | 'empty';

/** Reads a shared list from a fragment code; nothing about it is trusted. */
export function decodeShare(
  code: string,
  bankText: (id: string) => string | undefined,
): { ok: true; list: SharedList } | { ok: false; error: ShareError } {
  let data: unknown;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(code)) return { ok: false, error: 'malformed' };
    data = JSON.parse(fromBase64Url(code));
  } catch {
    return { ok: false, error: 'malformed' };
  }
  if (typeof data !== 'object' || data === null) return { ok: false, error: 'malformed' };
  const { v, n, q } = data as { v?: unknown; n?: unknown; q?: unknown };
  if (v !== 1 || !Array.isArray(q) || q.length > shareMax) return { ok: false, error: 'malformed' };
  const minutes =
    typeof n === 'number' && (timing.lengths as readonly number[]).includes(n) ? n : 20;
  const items: SharedList['items'] = [];
  for (const raw of q) {
    const entry: unknown = typeof raw === 'string' ? { s: raw } : raw;
    if (typeof entry !== 'object' || entry === null) return { ok: false, error: 'malformed' };
    const { s, t, m } = entry as { s?: unknown; t?: unknown; m?: unknown };
    if (s !== undefined && typeof s !== 'string') return { ok: false, error: 'malformed' };
    if (t !== undefined && (typeof t !== 'string' || !t.trim() || t.length > 500))
      return { ok: false, error: 'malformed' };
    const bank = s === undefined ? undefined : bankText(s);
    if (s !== undefined && bank === undefined) return { ok: false, error: 'unknown-question' };
    const text = (t as string | undefined) ?? bank;
    if (text === undefined) return { ok: false, error: 'malformed' };
    items.push({ sourceId: (s as string | undefined) ?? null, text, mustAsk: m === 1 });
  }
  if (items.length === 0) return { ok: false, error: 'empty' };
  return { ok: true, list: { minutes, items } };
}

/** The share code in a location hash (`#share=...`), or null when the hash has none. */
export function shareCodeFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get(shareKey);
}
