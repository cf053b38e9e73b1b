/**
 * What the plans state saves: the record kept in browser storage under `iik:plans:v3` (every
 * plan, the one last worked on, and the student), its format version, each plan without its
 * defaults, and new ids.
 */
import { planSchema, planShape } from './plan';
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

/**
 * What the schema fills in for a plan that has only an id, a name and its dates: a plan is saved
 * without the fields that equal these, and reading it fills them in again. The four it was given
 * are always saved (sparse() keeps a field without a default here).
 */
export const {
  id: _id,
  name: _name,
  createdAt: _created,
  updatedAt: _updated,
  ...planDefaults
} = planSchema.parse({ id: '', name: '', createdAt: '', updatedAt: '' });

/**
 * `value` without the fields that equal their default in `blank` (a section is compared field
 * by field, and left out whole when nothing in it differs), so a plan takes about half the room
 * in storage. Each field left out has a default, which the schema puts back when the plan is
 * read (tests/unit/lib/plans/state.test.ts).
 */
export function sparse(value: object, blank: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  // for…in, not Object.entries: no array for each field of each of hundreds of plans.
  for (const k in value) {
    const x = (value as Record<string, unknown>)[k];
    const d = blank[k];
    if (d?.constructor === Object) {
      // A section (or a part of one) at its defaults: left out, read as the shared defaults.
      const o = sparse(x as object, d as Record<string, unknown>);
      for (const _ in o) {
        out[k] = o;
        break;
      }
    } else if (d === undefined || (Array.isArray(d) ? (x as unknown[]).length : x !== d))
      out[k] = x;
  }
  return out;
}
