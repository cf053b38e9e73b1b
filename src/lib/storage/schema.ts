/**
 * Runtime schemas for data read in the browser (saved plans, imported files, share links).
 * Valibot does what zod does for this job at about a third of the bundle size. Build-time content
 * schemas stay on `astro/zod`.
 */
import * as v from 'valibot';

export * as v from 'valibot';

/** A schema with zod-style `parse` and `safeParse`, so callers do not depend on the library. */
export interface Schema<T> {
  /** The underlying Valibot schema, for composing into larger schemas. */
  readonly shape: v.GenericSchema<unknown, T>;
  /** Parses unknown data; throws with the first problem when it does not fit. */
  parse(data: unknown): T;
  /** Parses unknown data without throwing. `error` names the first problem. */
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: string };
}

/** Wraps a Valibot schema in the {@link Schema} interface. */
export function schema<T>(shape: v.GenericSchema<unknown, T>): Schema<T> {
  const safeParse = (data: unknown) => {
    const result = v.safeParse(shape, data);
    if (result.success) return { success: true as const, data: result.output };
    // The first problem in Valibot's words (no field path: finding it costs every tool page
    // bytes, and only a developer reads the message, in a thrown error's stack).
    return { success: false as const, error: result.issues[0].message };
  };
  return {
    shape,
    safeParse,
    parse(data) {
      const result = safeParse(data);
      if (!result.success) throw new Error(result.error);
      return result.data;
    },
  };
}
