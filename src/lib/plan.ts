/**
 * The plan: everything the toolkit keeps about one conversation. Each tool owns one section.
 * Schemas use zod/mini so the browser bundle stays small; every field has a default, so a plan
 * saved before a field existed still parses (new fields are added with defaults, never removed).
 */
import * as z from 'zod/mini';

/** How the student knows the person they want to talk to. */
export const connectionKinds = [
  '',
  'friend',
  'family',
  'school',
  'linkedin',
  'event',
  'referral',
  'other',
] as const;

/** The person the conversation is with. */
export const personSchema = z.object({
  /** Their name as the student would write it in a greeting. */
  name: z._default(z.string(), ''),
  /** Job title or role. */
  role: z._default(z.string(), ''),
  /** Employer or organization. */
  organization: z._default(z.string(), ''),
  /** Field or industry, used to fill {field} in questions. */
  field: z._default(z.string(), ''),
  /** How the student is connected to them. */
  connection: z._default(z.enum(connectionKinds), ''),
  /** Who referred the student, when connection is 'referral'. */
  referrer: z._default(z.string(), ''),
  /** Where they met, when connection is 'event'. */
  eventName: z._default(z.string(), ''),
  /** The shared school, when connection is 'school'. */
  school: z._default(z.string(), ''),
});
export type Person = z.infer<typeof personSchema>;

/** Checklist section: which steps are ticked, the student's own steps, and notes. */
export const checklistSectionSchema = z.object({
  /** Ids of ticked steps (collection step ids and custom step ids). */
  done: z._default(z.array(z.string()), []),
  /** Steps the student added. */
  custom: z._default(
    z.array(
      z.object({
        id: z.string(),
        stage: z.enum(['before', 'during', 'after']),
        text: z.string(),
      }),
    ),
    [],
  ),
  /** Free notes for this conversation. */
  notes: z._default(z.string(), ''),
});
export type ChecklistSection = z.infer<typeof checklistSectionSchema>;

/** Question builder section: the chosen questions in order, with answers noted. */
export const questionsSectionSchema = z.object({
  /** Planned length of the conversation in minutes. */
  minutes: z._default(z.number(), 20),
  /** The student's career stage, used by filters and "suggest a set". */
  stage: z._default(z.string(), 'student'),
  /** Contact tag the bank and "suggest a set" use; '' follows the person's connection, 'any' is everyone. */
  contact: z._default(z.string(), ''),
  /** Field tag the bank and "suggest a set" use; '' is no particular field. */
  fieldTag: z._default(z.string(), ''),
  /** Chosen questions, in the order they will be asked. */
  items: z._default(
    z.array(
      z.object({
        /** Unique within the plan. */
        id: z.string(),
        /** Id of the bank question it came from; null for the student's own question. */
        sourceId: z._default(z.nullable(z.string()), null),
        /** Wording as the student will ask it (may contain {placeholders}). */
        text: z.string(),
        /** Asked even when time runs short. */
        mustAsk: z._default(z.boolean(), false),
        /** Notes on the answer, during or after the conversation. */
        notes: z._default(z.string(), ''),
      }),
    ),
    [],
  ),
});
export type QuestionsSection = z.infer<typeof questionsSectionSchema>;

/** Outreach section: what the student entered and the dates that follow from sending. */
export const outreachSectionSchema = z.object({
  /** Selected channel id (see the templates collection). */
  channel: z._default(z.string(), 'email'),
  /** Tone of the message. */
  tone: z._default(z.enum(['warm', 'formal']), 'warm'),
  /** The student's own name, school or program, and broad interest. */
  senderName: z._default(z.string(), ''),
  senderSchool: z._default(z.string(), ''),
  interest: z._default(z.string(), ''),
  /** The ask: length in minutes and format. */
  askMinutes: z._default(z.number(), 20),
  askFormat: z._default(z.enum(['call', 'video', 'coffee']), 'video'),
  /** How the student knows the person in their own words, when the connection is 'other'. */
  connectionText: z._default(z.string(), ''),
  /** The person's email address, used only to fill the mail-app link. */
  toEmail: z._default(z.string(), ''),
  /** LinkedIn Premium allows a longer connection note. */
  premium: z._default(z.boolean(), false),
  /** Edited message text per channel, when the student changed the generated one. */
  drafts: z._default(z.record(z.string(), z.string()), {}),
  /** When the first message was sent (ISO date), and when the conversation is (ISO date-time). */
  sentAt: z._default(z.nullable(z.string()), null),
  meetingAt: z._default(z.nullable(z.string()), null),
});
export type OutreachSection = z.infer<typeof outreachSectionSchema>;

/** One conversation plan. */
export const planSchema = z.object({
  /** Unique, stable id. */
  id: z.string(),
  /** Name the student sees in the plan switcher. */
  name: z.string(),
  /** ISO timestamps. */
  createdAt: z.string(),
  updatedAt: z.string(),
  person: z._default(personSchema, () => personSchema.parse({})),
  checklist: z._default(checklistSectionSchema, () => checklistSectionSchema.parse({})),
  questions: z._default(questionsSectionSchema, () => questionsSectionSchema.parse({})),
  outreach: z._default(outreachSectionSchema, () => outreachSectionSchema.parse({})),
});
export type Plan = z.infer<typeof planSchema>;
