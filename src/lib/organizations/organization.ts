/**
 * A target organization, as the student keeps it: the LAMP list of The 2-Hour Job Search
 * (about forty employers, each rated for Motivation and Postings; Advocacy is worked out from
 * the people the student knows there). Only what the student chose is stored: an organization
 * they added or rated, and the connections from their LinkedIn export at the ones they picked.
 */
import { textLimits } from '../plans/plan';
import { schema, v } from '../storage/schema';

/** How many postings the student has seen there, least first. */
export const postingLevels = ['none', 'some', 'many'] as const;
export type Postings = (typeof postingLevels)[number];

/** Motivation: 0 (none yet) to 3 (a dream employer). */
export const motivationLevels = [0, 1, 2, 3] as const;
export type Motivation = (typeof motivationLevels)[number];

/** How many organizations the list marks as where to start. */
export const topCount = 5;
/** The size of list the method suggests building. */
export const suggestedListSize = 40;

/** The most characters each field takes: the form's limits, which an imported file is held to too. */
export const organizationLimits = {
  /** An organization's name: the plan's organization field takes the same. */
  name: textLimits.line,
  /** A connection's name or position. */
  line: textLimits.line,
  /** A connection's profile address. */
  url: 300,
  /** Connections kept at one organization. */
  connections: 500,
} as const;

/** Someone the student knows at an organization, from their LinkedIn export. */
export const connectionShape = v.object({
  name: v.string(),
  /** Their position, as LinkedIn gives it. */
  position: v.optional(v.string(), ''),
  /** Their profile address (https only; anything else is dropped when read). */
  url: v.optional(v.string(), ''),
});
export type Connection = v.InferOutput<typeof connectionShape>;

/** One organization on the list. */
export const organizationShape = v.object({
  /** Unique, stable id. */
  id: v.string(),
  /** The name as the student wrote it (or as the first plan or export that named it). */
  name: v.string(),
  motivation: v.optional(v.picklist(motivationLevels), 0),
  postings: v.optional(v.picklist(postingLevels), 'none'),
  /** Taken off the list; kept so that a plan naming it does not bring it back, and so it can be restored. */
  removed: v.optional(v.boolean(), false),
  /** Connections the student kept from their LinkedIn export. */
  connections: v.optional(v.array(connectionShape), []),
  /** ISO time of the last change, so an import keeps the newer copy. */
  updatedAt: v.optional(v.string(), ''),
});
export type Organization = v.InferOutput<typeof organizationShape>;

/** What is stored under `iik:organizations:v1`. */
export const organizationsRecordShape = v.object({
  organizations: v.optional(v.array(organizationShape), []),
});
export type OrganizationsRecord = v.InferOutput<typeof organizationsRecordShape>;
export const organizationsRecordSchema = schema(organizationsRecordShape);
/** Parses a list of organizations (an import's). */
export const organizationListSchema = schema(v.array(organizationShape));

/** Store key (without version) and the current format version. */
export const organizationsKey = 'iik:organizations';
export const organizationsVersion = 1;

/** Endings that name a company's legal form, left out when names are compared. */
const legalForms =
  /\s+(?:inc|incorporated|llc|ltd|limited|corp|corporation|co|plc|gmbh|ag|s ?a|s ?l|s ?a ?s|s ?a ?de ?c ?v)$/;

/**
 * How two names of one organization compare: case, accents, punctuation and a legal-form
 * ending ("Inc.", "S.A.") left out, so "Acme, Inc." and "acme" are one organization.
 */
export function orgKey(name: string): string {
  const plain = /^[\x00-\x7f]*$/.test(name)
    ? name.toLowerCase().replace(/[^a-z0-9&]+/g, ' ')
    : name
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}&]+/gu, ' ');
  const trimmed = plain.trim();
  return trimmed.replace(legalForms, '').trim() || trimmed;
}

/** A name as stored: spaces collapsed, within the form's limit. */
export function cleanName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').slice(0, organizationLimits.name);
}

/** A profile address worth linking: https on LinkedIn's or any host, else ''. */
export function cleanUrl(url: string): string {
  const u = url.trim();
  return /^https:\/\/[^\s"<>]+$/i.test(u) && u.length <= organizationLimits.url ? u : '';
}

/** The first field of an organization longer than its form allows; undefined when none is. */
export function organizationOverLimit(org: Organization): string | undefined {
  if (org.name.length > organizationLimits.name || !org.name.trim()) return 'name';
  if (org.connections.length > organizationLimits.connections) return 'connections';
  for (const c of org.connections)
    if (c.name.length > organizationLimits.line || c.position.length > organizationLimits.line)
      return 'connection';
  return undefined;
}
