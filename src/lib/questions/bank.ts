/**
 * Rules of the question builder: the bank's vocabulary, filtering and search, how many questions
 * fit the time, placeholder filling and reordering. The suggested set (question-suggest.ts) and
 * share links (question-share.ts) live apart: the island loads them when the student asks.
 * Pure functions over plain data; the island and the pages only call them.
 */
import { fitArticles } from '../shared/articles';

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

/**
 * Backgrounds a question is written for, beyond career stage: an international student, or the
 * first in the family at college (a small network). A question without one suits everyone.
 */
export const backgrounds = ['international', 'first-generation'] as const;
export type Background = (typeof backgrounds)[number];

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
  /** Backgrounds it is written for; empty when it suits everyone. */
  backgrounds: readonly Background[];
  /** A follow-up to dig deeper, when there is a natural one. */
  probe?: string;
  /**
   * The question as the bank words it in the site's other languages. A plan's item with one of
   * these texts is this question, unedited, added on a page in another language: it shows in
   * this page's language.
   */
  also?: readonly string[];
}

/** One file of the bank as the collection loads it: a category and its questions. */
export interface BankGroup {
  category: Category;
  title: string;
  summary: string;
  questions: readonly Omit<BankQuestion, 'category'>[];
}

/** The bank's groups in the order a conversation uses their categories (see `categories`). */
export function inBankOrder<T extends Pick<BankGroup, 'category'>>(groups: readonly T[]): T[] {
  return groups.toSorted((a, b) => categories.indexOf(a.category) - categories.indexOf(b.category));
}

/**
 * The whole bank as one list, in conversation order of categories. Fails the build when two
 * questions share an id, since saved plans and share links would then point at the wrong one.
 */
export function flattenBank(groups: readonly BankGroup[]): BankQuestion[] {
  const sorted = inBankOrder(groups);
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
  background?: Background | '';
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
  const { category, stage, contact, field, background } = filter;
  const out: IndexedQuestion[] = [];
  for (const q of bank) {
    if (category && q.category !== category) continue;
    if (stage && !q.stages.includes(stage)) continue;
    if (contact && !q.contacts.includes(contact)) continue;
    if (field && q.fields.length > 0 && !q.fields.includes(field)) continue;
    if (background && q.backgrounds.length > 0 && !q.backgrounds.includes(background)) continue;
    if (terms.every((t) => q.haystack.includes(t))) out.push(q);
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

/** The person fields that fill placeholders. */
export type PlaceholderValues = Partial<Record<Placeholder, string>>;

/** A piece of a filled question: plain text, or a placeholder with nothing to fill it. */
export type Segment = { text: string } | { missing: string };

/**
 * Splits a question into text and placeholders, filling those the person provides, with the
 * articles before them fitted where the language has them (`articles`, the page's
 * `messageRules.articles`): "as an Epidemiologist", "does the Department of Health…" in
 * English; Spanish wording is filled as written ("a" there is a preposition).
 */
export function fillSegments(
  wording: string,
  values: PlaceholderValues,
  articles: boolean,
): Segment[] {
  const out: Segment[] = [];
  // With its group, split() puts the text at even places and the slots' names at odd ones.
  (articles ? fitArticles(wording, values) : wording).split(/\{([a-z]+)\}/).forEach((part, i) => {
    const text = i % 2 ? (values as Record<string, string | undefined>)[part]?.trim() : part;
    const last = out.at(-1);
    if (text) {
      // Text next to text is one piece.
      if (last && 'text' in last) last.text += text;
      else out.push({ text });
    } else if (i % 2) out.push({ missing: part });
  });
  return out;
}

/** The question as plain text; an unfilled placeholder reads as "[organization]". */
export function fillText(text: string, values: PlaceholderValues, articles: boolean): string {
  return fillSegments(text, values, articles)
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

/** The share code in a location hash (`#share=...`), or null when the hash has none. */
export function shareCodeFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get(shareKey);
}
