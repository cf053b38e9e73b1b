/**
 * The student: who is writing, entered once and used by every plan and tool (the outreach
 * messages, the introduction). A plan keeps its own name, school or interest only when the
 * student changed them for that person; otherwise it follows these.
 */
import { v } from '../storage/schema';

/** What the toolkit knows of the student, kept once beside the plans. */
export const studentShape = v.object({
  /** Their name, as they introduce themselves. */
  name: v.optional(v.string(), ''),
  /** School or program. */
  school: v.optional(v.string(), ''),
  /** The broad interest they are exploring. */
  interest: v.optional(v.string(), ''),
  /** How they sign a message (their name, or a few lines); '' signs with their name. */
  signature: v.optional(v.string(), ''),
});
export type Student = v.InferOutput<typeof studentShape>;

/** A student with nothing entered yet. */
export const noStudent: Student = { name: '', school: '', interest: '', signature: '' };

/** The details a plan can change for one person, with the field of the outreach section that holds each. */
export const ownFields = {
  name: 'senderName',
  school: 'senderSchool',
  interest: 'interest',
} as const;
