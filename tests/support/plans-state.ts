import { vi } from 'vitest';
import type { PlansState } from '../../src/lib/plans/state';

/**
 * Importing this module makes every island under test take its plans from `islandPlans.state`
 * instead of browser storage; a test sets it (to a state over FakeStorage) before rendering.
 */
export const islandPlans: { state?: PlansState } = {};

vi.mock('../../src/lib/plans/state', async (original) => ({
  ...(await original<typeof import('../../src/lib/plans/state')>()),
  getPlansState: () => islandPlans.state!,
}));
