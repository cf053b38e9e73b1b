/**
 * The placeholders templates and phrases may use. Read at build time (the content schema
 * rejects unknown ones) and by tests; the browser never needs the lists.
 */
import { placeholderPattern } from './generate';

/** Placeholders the student's details fill, usable in templates and phrases. */
export const inputPlaceholders = [
  'theirName',
  'theirFirstName',
  'role',
  'organization',
  'referrer',
  'eventName',
  'school',
  'connectionText',
  'yourName',
  'yourFirstName',
  'yourSchool',
  'interest',
  'signature',
  'askMinutes',
] as const;
/** Placeholders built from phrases, usable in templates only. */
export const phrasePlaceholders = ['connectionLine', 'firstSubject', 'ask'] as const;
/** Every placeholder a template may use. */
export const templatePlaceholders = [...inputPlaceholders, ...phrasePlaceholders] as const;
export type Placeholder = (typeof templatePlaceholders)[number];

/** Placeholder names used in a text that are not in `allowed` (for build-time validation). */
export function unknownPlaceholders(text: string, allowed: readonly string[]): string[] {
  return [...text.matchAll(placeholderPattern)]
    .map((m) => m[1])
    .filter((k) => !allowed.includes(k));
}
