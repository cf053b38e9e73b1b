/**
 * Links to a tool on a given plan: `/tools/outreach/?plan=<id>` opens the outreach tool on that
 * plan (the conversations page links this way). The id comes from an address anyone could
 * type, so it counts only when it is one of the student's plans.
 */

/** The plan id a query string asks for, when it is one of `plans`; otherwise null. */
export function linkedPlanId(
  search: string | URLSearchParams,
  plans: readonly { id: string }[],
): string | null {
  const q = typeof search === 'string' ? new URLSearchParams(search) : search;
  const id = q.get('plan');
  return id && plans.some((p) => p.id === id) ? id : null;
}

/** The address without the given query parameters, once they have been acted on. */
export function withoutParams(href: string, names: readonly string[]): string {
  const url = new URL(href);
  for (const name of names) url.searchParams.delete(name);
  return `${url.pathname}${url.search}${url.hash}`;
}
