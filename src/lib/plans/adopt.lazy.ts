/**
 * Taking the student's details out of older plans, which kept them in each plan's outreach
 * section. Loaded on demand: once, on the first visit after the student was kept once (see
 * state.ts), and with an imported plans file.
 */
import { noStudent, ownFields, type Student } from './student';

type OwnKey = keyof typeof ownFields;
type Own = { [K in OwnKey as (typeof ownFields)[K]]: string } & { ownDetails: boolean };
const ownKeys = Object.keys(ownFields) as OwnKey[];

/**
 * Plans saved (or imported) with the student's details in each plan: the student keeps what they
 * already entered, and each empty field takes the most recent plan's value; then a plan's value
 * that says the same as the student's is cleared, so the plan follows the student from now on,
 * and a different one stays as that plan's own (and the plan is marked as having its own).
 * Nothing a plan held is lost. The messages read a plan's own value first, then the student's
 * (generate.ts).
 */
export function adoptStudent<P extends { updatedAt: string; outreach: Own }>(
  plans: readonly P[],
  student: Student = noStudent,
): { plans: P[]; student: Student } {
  const recent = [...plans].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
  const adopted = { ...student };
  for (const key of ownKeys)
    if (!adopted[key].trim())
      adopted[key] =
        recent.find((p) => p.outreach[ownFields[key]].trim())?.outreach[ownFields[key]].trim() ??
        '';
  return {
    student: adopted,
    plans: plans.map((plan) => {
      const outreach = { ...plan.outreach };
      for (const k of ownKeys)
        if (outreach[ownFields[k]].trim() === adopted[k]) outreach[ownFields[k]] = '';
      outreach.ownDetails = ownKeys.some((k) => outreach[ownFields[k]].trim() !== '');
      return { ...plan, outreach };
    }),
  };
}
