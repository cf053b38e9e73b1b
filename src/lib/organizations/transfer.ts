/**
 * Organizations travelling with the plans: in the plans export file and in the embed hand-off.
 * Read from a file or an address like everything there (nothing trusted: each one parsed and
 * held to the form's limits), then saved beside the plans all or nothing.
 */
import { organizationListSchema, organizationOverLimit, type Organization } from './organization';
import { mergeOrganizations, type OrganizationsState } from './state';

/**
 * The organizations a file or hand-off carries: undefined when it carries none (a file from
 * before organizations were kept), null when they cannot be read or a name is over its limit.
 */
export function readOrganizations(data: unknown): Organization[] | undefined | null {
  if (data === undefined) return undefined;
  const parsed = organizationListSchema.safeParse(data);
  if (!parsed.success || parsed.data.some((o) => organizationOverLimit(o))) return null;
  return parsed.data;
}

/**
 * Saves incoming organizations, merged into the student's or in place of them; nothing to do
 * when there are none. Returns how to put the student's list back (when the plans that come
 * with them cannot be saved), or null when storage had no room, and then nothing changed.
 */
export function saveOrganizations(
  state: OrganizationsState,
  incoming: readonly Organization[] | undefined,
  how: 'merge' | 'replace',
): (() => void) | null {
  if (!incoming) return () => {};
  const before = state.organizations.value;
  const next = how === 'merge' ? mergeOrganizations(before, incoming) : [...incoming];
  return state.replace(next) ? () => void state.replace(before) : null;
}
