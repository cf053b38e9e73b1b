/**
 * "Write to Ana Souza": a connection kept at an organization becomes a plan, with the person,
 * their position, the organization and how the student knows them (LinkedIn) filled in, and
 * their profile address in the plan's notes. Saved all or nothing, like every new plan.
 */
// The plan is made here, not with the conversations import's plansFromPeople: importing that
// would split the conversations page's log rules into a chunk of their own, which its budget
// cannot afford.
import { planSchema, textLimits, type Plan } from '../plans/plan';
import { type PlansState } from '../plans/state';
import { makeId } from '../plans/record';
import type { Connection } from './organization';

/** The plan for a connection at an organization, not yet saved. */
export function connectionPlan(
  connection: Connection,
  organization: string,
  options: { now?: Date; newId?: () => string; profileNote?: string } = {},
): Plan {
  const stamp = (options.now ?? new Date()).toISOString();
  const name = connection.name.trim();
  return planSchema.parse({
    id: (options.newId ?? makeId)(),
    name: name.length > textLimits.planName ? `${name.slice(0, textLimits.planName - 1)}…` : name,
    createdAt: stamp,
    updatedAt: stamp,
    person: { name, role: connection.position, organization, connection: 'linkedin' },
    checklist: {
      notes: connection.url ? `${options.profileNote ?? 'LinkedIn'}: ${connection.url}` : '',
    },
  });
}

/** Adds the plan for a connection and makes it the current plan; null when storage had no room. */
export function writeToConnection(
  state: Pick<PlansState, 'mine' | 'commit'>,
  connection: Connection,
  organization: string,
  options: { now?: Date; newId?: () => string; profileNote?: string } = {},
): Plan | null {
  const plan = connectionPlan(connection, organization, options);
  return state.commit([...state.mine(), plan], plan.id) ? plan : null;
}

/** The outreach tool's address on a plan, with the first message open (`base` is its path). */
export const outreachOn = (base: string, planId: string) =>
  `${base}?${new URLSearchParams({ plan: planId, message: 'first' })}`;
