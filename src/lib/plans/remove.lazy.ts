/**
 * Deleting a plan, with undo. Loaded with plan management (the plan bar's "Rename, delete,
 * export or import"), not with every tool page.
 */
import type { PlansState } from './state';
import type { Plan } from './plan';

/** Delete and undo over `state`; undo brings back the last plan deleted here. */
export function createRemoval(state: PlansState) {
  let removed: { plan: Plan; index: number; wasCurrent: boolean } | null = null;
  return {
    /** Deletes a plan; the one before it becomes current if it was. The last one leaves a fresh plan. */
    remove(id: string) {
      const plans = state.plans.value;
      const index = plans.findIndex((p) => p.id === id);
      if (index < 0) return;
      removed = { plan: plans[index], index, wasCurrent: state.current.value.id === id };
      const rest = plans.filter((p) => p.id !== id);
      state.replace(
        rest,
        removed.wasCurrent && rest.length
          ? rest[Math.max(0, index - 1)].id
          : state.current.value.id,
      );
    },
    /** Brings back the last deleted plan where it was; it replaces a fresh plan left untouched. */
    undo() {
      if (!removed) return;
      const { plan, index, wasCurrent } = removed;
      removed = null;
      const rest = state.mine().filter((p) => p.id !== plan.id);
      const currentId = state.current.value.id;
      rest.splice(Math.min(index, rest.length), 0, plan);
      state.replace(
        rest,
        wasCurrent || !rest.some((p) => p.id === currentId) ? plan.id : currentId,
      );
    },
  };
}

/** Delete and undo, as createRemoval() makes them. */
export type Removal = ReturnType<typeof createRemoval>;
