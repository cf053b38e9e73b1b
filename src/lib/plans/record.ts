/**
 * What the plans state saves: the record kept in browser storage under `iik:plans:v3` (every
 * plan, the one last worked on, and the student), its format version, and new ids.
 */
import { planShape } from './plan';
import { noStudent, studentShape } from './student';
import { schema, v } from '../storage/schema';

/** What is stored under `iik:plans:v3`: every plan, the one last worked on, and the student. */
const plansRecordShape = v.object({
  plans: v.array(planShape),
  currentId: v.optional(v.string(), ''),
  /** The student's own details, which every plan's messages use (see student.ts). */
  student: v.optional(studentShape, () => ({ ...noStudent })),
});
export type PlansRecord = v.InferOutput<typeof plansRecordShape>;
/** Parses the stored record. */
export const plansRecordSchema = schema(plansRecordShape);

/**
 * Current stored format version. Version 3 keeps the student's details once beside the plans
 * (version 2 kept them in every plan's outreach section) and what happened only in each plan's
 * log (version 2 also kept the outreach tool's sent day and meeting time).
 */
export const plansVersion = 3;

/** A new unique id: crypto.randomUUID where the browser has it, else time plus randomness. */
export function makeId(): string {
  const c = globalThis.crypto;
  return c?.randomUUID
    ? c.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
