/**
 * Picks the form of a phrase for a number in the page's language (Intl.PluralRules: `one`,
 * `many`, `other`…; a missing category falls back to `other`) and fills its placeholders.
 */
import { fill } from '../../../lib/shared/fill';

let rules: Intl.PluralRules | undefined;

/** "{n} connections" with n = 1 gives "1 connection". */
export function plural(
  forms: { one: string; other: string },
  n: number,
  values: Record<string, string | number> = {},
): string {
  rules ??= new Intl.PluralRules(document.documentElement.lang || 'en');
  const form = (forms as Partial<Record<string, string>>)[rules.select(n)] ?? forms.other;
  return fill(form, { n, ...values });
}
