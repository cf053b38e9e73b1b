/**
 * Counted wording from the page: a message whose words change with a number is written as its
 * forms by plural category (`{ one: 'Imported {n} plan', other: 'Imported {n} plans' }`), and
 * `plural` picks the form the page's language needs (Intl.PluralRules, `forms.other` when the
 * language's category has no form of its own) and fills `{n}` with the number written in that
 * language. So the code that counts runs the same in every language, and the wording comes from
 * the page's HTML.
 */
import { fill } from './fill';

/** A message's forms by plural category; `other` is required, the rest as a language needs. */
export type PluralForms = { readonly one?: string; readonly other: string };

/** The page's language (<html lang>); outside a page (tests in Node) the runtime's own. */
export const pageLang = (): string | undefined =>
  globalThis.document?.documentElement.lang || undefined;

/** A number as the page's language writes it: "1,234" in English, "1234" or "12.345" in Spanish. */
export const formatNumber = (n: number, options?: Intl.NumberFormatOptions): string =>
  n.toLocaleString(pageLang(), options);

// One set of rules per language, made on first use (a list of counts asks many times).
const rules = new Map<string | undefined, Intl.PluralRules>();

/** The form of `forms` for `n`, with `{n}` (the number, written) and `values` filled in. */
export function plural(forms: PluralForms, n: number, values: object = {}): string {
  const lang = pageLang();
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(lang)));
  const form = (forms as Partial<Record<Intl.LDMLPluralRule, string>>)[r.select(n)] ?? forms.other;
  return fill(form, { n: formatNumber(n), ...values });
}
