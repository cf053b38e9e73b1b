/**
 * The printable flyer's settings (/print/flyer/?org=…): the career center's name, read with the
 * same rule as an embed's "Provided by" line (parseOrg), and what to tell the person printing
 * when the name in the address could not be used as it stands. The name is only ever set as
 * text, so markup in it prints as typed.
 */
import { ORG_MAX, parseOrg } from './params';

/** Why the name in the address was changed or left out; null when it was used as given. */
export type FlyerNameProblem = 'empty' | 'too-long' | 'hidden-characters' | null;

/** The flyer's validated settings. */
export interface FlyerParams {
  /** The career center's name as the flyer shows it; null prints the general flyer. */
  org: string | null;
  /** What happened to the name in the address, for a note on screen (never printed). */
  problem: FlyerNameProblem;
}

// The same characters parseOrg removes: control and formatting characters.
const HIDDEN_CHARS = /[\p{Cc}\p{Cf}]/u;

/**
 * Reads the flyer's query string. No `org` gives the general flyer with no note; an `org` with
 * nothing left once cleaned, one longer than ORG_MAX characters, or one with invisible
 * characters in it is used as parseOrg leaves it (or not at all) and says why.
 */
export function parseFlyerParams(search: string | URLSearchParams): FlyerParams {
  const q = typeof search === 'string' ? new URLSearchParams(search) : search;
  const raw = q.get('org');
  if (raw === null) return { org: null, problem: null };
  const org = parseOrg(raw);
  if (!org) return { org: null, problem: 'empty' };
  const cleaned = raw
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (Array.from(cleaned).length > ORG_MAX) return { org, problem: 'too-long' };
  // White space is only tidied (collapsed), not worth a note; other invisible characters are.
  if (HIDDEN_CHARS.test(raw.replace(/\s/g, ''))) return { org, problem: 'hidden-characters' };
  return { org, problem: null };
}

/** Query string of the flyer for an institution name; empty when there is no usable name. */
export function flyerQuery(org: string): string {
  const name = parseOrg(org);
  return name ? `?${new URLSearchParams({ org: name })}` : '';
}
