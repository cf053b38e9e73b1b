/**
 * The suggested set: a balanced list of bank questions for the conversation's length, the
 * student's stage and the person. Loaded by the builder when the student asks for a set.
 */
import {
  categories,
  contacts,
  questionsThatFit,
  stages,
  tiara,
  type Background,
  type BankQuestion,
  type Category,
  type Contact,
  type Field,
  type Stage,
} from './bank';

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
  background?: Background | '';
}

/**
 * A balanced set for the time: one warm-up, TIARA questions spread over the five categories
 * (advice and insights first when only a few fit), one closing question, in conversation order.
 * Questions written for the chosen stage, contact, field or background come before general ones;
 * when one of them is left open, questions written for a particular value of it are left out.
 */
export function suggestSet(bank: readonly BankQuestion[], options: SuggestOptions): BankQuestion[] {
  const size = Math.max(3, questionsThatFit(options.minutes));
  const { stage, contact, field, background } = options;
  // A tag the student left open admits only questions that suit every value of it, so a set
  // for "anyone" never asks a stranger about family, and a field-free set stays general.
  const fits = (q: BankQuestion) =>
    (stage ? q.stages.includes(stage) : q.stages.length === stages.length) &&
    (contact ? q.contacts.includes(contact) : q.contacts.length === contacts.length) &&
    (field ? q.fields.length === 0 || q.fields.includes(field) : q.fields.length === 0) &&
    (background
      ? q.backgrounds.length === 0 || q.backgrounds.includes(background)
      : q.backgrounds.length === 0);
  // Specific questions first: field- or background-specific, then those written for fewer stages
  // or contacts.
  const score = (q: BankQuestion) =>
    (q.fields.length > 0 ? 0 : 10) +
    (q.backgrounds.length > 0 ? 0 : 10) +
    q.stages.length +
    q.contacts.length;
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
