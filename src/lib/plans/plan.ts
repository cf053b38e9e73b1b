/**
 * The plan: everything the toolkit keeps about one conversation. Each tool owns one section.
 * Schemas use Valibot (see schema.ts) so the browser bundle stays small; every field has a default, so a plan
 * saved before a field existed still parses (new fields are added with defaults, never removed).
 */
import { conversationSectionShape } from '../conversations/log';
import { schema, v } from '../storage/schema';

/** The checklist's three stages, in the order they are shown. */
export const checklistStages = ['before', 'during', 'after'] as const;
/** The formats of conversation a student can ask for. */
export const askFormats = ['call', 'video', 'coffee'] as const;

/**
 * The most characters each one-line field of a plan takes. The forms set these as `maxLength`
 * and an imported file is held to the same, so no way in makes a field longer than its form.
 */
export const textLimits = {
  /** A plan's name (the rename field). */
  planName: 80,
  /** A field about the person or the sender (outreach and question builder). */
  line: 150,
  /** A checklist step the student adds. */
  step: 90,
  /** One part of the introduction (who you are, what you are curious about…). */
  introPart: 300,
  /** The introduction as the student will say it. */
  introText: 1500,
} as const;

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
const personShape = v.object({
  /** Their name as the student would write it in a greeting. */
  name: v.optional(v.string(), ''),
  /** Job title or role. */
  role: v.optional(v.string(), ''),
  /** Employer or organization. */
  organization: v.optional(v.string(), ''),
  /** Field or industry, used to fill {field} in questions. */
  field: v.optional(v.string(), ''),
  /** How the student is connected to them. */
  connection: v.optional(v.picklist(connectionKinds), ''),
  /** Who referred the student, when connection is 'referral'. */
  referrer: v.optional(v.string(), ''),
  /** Where they met, when connection is 'event'. */
  eventName: v.optional(v.string(), ''),
  /** The shared school, when connection is 'school'. */
  school: v.optional(v.string(), ''),
});
export type Person = v.InferOutput<typeof personShape>;

/** Checklist section: which steps are ticked, the student's own steps, and notes. */
const checklistSectionShape = v.object({
  /** Ids of ticked steps (collection step ids and custom step ids). */
  done: v.optional(v.array(v.string()), []),
  /** Steps the student added. */
  custom: v.optional(
    v.array(
      v.object({
        id: v.string(),
        stage: v.picklist(checklistStages),
        text: v.string(),
      }),
    ),
    [],
  ),
  /** Free notes for this conversation. */
  notes: v.optional(v.string(), ''),
});
export type ChecklistSection = v.InferOutput<typeof checklistSectionShape>;

/** Question builder section: the chosen questions in order, with answers noted. */
const questionsSectionShape = v.object({
  /** Planned length of the conversation in minutes. */
  minutes: v.optional(v.number(), 20),
  /** The student's career stage, used by filters and "suggest a set". */
  stage: v.optional(v.string(), 'student'),
  /** Contact tag the bank and "suggest a set" use; '' follows the person's connection, 'any' is everyone. */
  contact: v.optional(v.string(), ''),
  /** Field tag the bank and "suggest a set" use; '' is no particular field. */
  fieldTag: v.optional(v.string(), ''),
  /**
   * Background tag (international, first-generation) the bank and "suggest a set" use; absent
   * or '' is none. No default, so plans saved before it existed read back unchanged.
   */
  background: v.optional(v.string()),
  /** Chosen questions, in the order they will be asked. */
  items: v.optional(
    v.array(
      v.object({
        /** Unique within the plan. */
        id: v.string(),
        /** Id of the bank question it came from; null for the student's own question. */
        sourceId: v.optional(v.nullable(v.string()), null),
        /** Wording as the student will ask it (may contain {placeholders}). */
        text: v.string(),
        /** Asked even when time runs short. */
        mustAsk: v.optional(v.boolean(), false),
        /** Notes on the answer, during or after the conversation. */
        notes: v.optional(v.string(), ''),
      }),
    ),
    [],
  ),
});
export type QuestionsSection = v.InferOutput<typeof questionsSectionShape>;

/**
 * Outreach section: the message the student is writing to this person. What happened (the day
 * it went out, the meeting time) lives in the conversation log, not here.
 */
const outreachSectionShape = v.object({
  /** Selected channel id (see the templates collection). */
  channel: v.optional(v.string(), 'email'),
  /** Tone of the message. */
  tone: v.optional(v.picklist(['warm', 'formal']), 'warm'),
  /**
   * The student's name, school or program, and broad interest for this person only; '' follows
   * the student's own details (see student.ts), which every plan shares.
   */
  senderName: v.optional(v.string(), ''),
  senderSchool: v.optional(v.string(), ''),
  interest: v.optional(v.string(), ''),
  /** The student chose to give this person different details: the fields above are edited, not the student's. */
  ownDetails: v.optional(v.boolean(), false),
  /** The ask: length in minutes and format. */
  askMinutes: v.optional(v.number(), 20),
  askFormat: v.optional(v.picklist(askFormats), 'video'),
  /** How the student knows the person in their own words, when the connection is 'other'. */
  connectionText: v.optional(v.string(), ''),
  /** The person's email address, used only to fill the mail-app link. */
  toEmail: v.optional(v.string(), ''),
  /** LinkedIn Premium allows a longer connection note. */
  premium: v.optional(v.boolean(), false),
  /** Edited message text per channel, when the student changed the generated one. */
  drafts: v.optional(v.record(v.string(), v.string()), {}),
});
export type OutreachSection = v.InferOutput<typeof outreachSectionShape>;

/** Seconds a practice run took; null until the student has timed one. */
const practiceSeconds = v.optional(v.nullable(v.number()), null);

/** What the student wrote for each part of the introduction (in the order they are said). */
const introPartsShape = v.object({
  /** Who they are: year and program, or current role. */
  who: v.optional(v.string(), ''),
  /** What they are curious about. */
  curious: v.optional(v.string(), ''),
  /** Why this person: the connection and what about their path. */
  why: v.optional(v.string(), ''),
  /** What they hope to learn in this conversation. */
  learn: v.optional(v.string(), ''),
});
/** One part of the introduction. */
export type IntroPartId = keyof v.InferOutput<typeof introPartsShape>;

/** Introduction section: the parts the student fills, the spoken text and practice times. */
const introductionSectionShape = v.object({
  parts: v.optional(introPartsShape, {}),
  /**
   * The introduction as the student will say it: the parts joined (saved whenever they change),
   * or the student's own wording once `edited`. Other tools print this text.
   */
  text: v.optional(v.string(), ''),
  /** True once the student edits the joined text; then changes to the parts no longer change it. */
  edited: v.optional(v.boolean(), false),
  /** Practice runs: the last and the best (shortest) time, in seconds. */
  practice: v.optional(v.object({ last: practiceSeconds, best: practiceSeconds }), () => ({
    last: null,
    best: null,
  })),
});
export type IntroductionSection = v.InferOutput<typeof introductionSectionShape>;

/**
 * A section of a plan. A plan is saved without the sections at their defaults (sparse() in
 * record.ts), and a missing section reads as the section's defaults, made once and shared by
 * every plan that lacks it (plans are replaced, never changed in place): filling in the same
 * defaults field by field for each of hundreds of plans was most of the time it took to read
 * them. A section that is there is checked in full, and one that does not fit fails the plan.
 * (Valibot's object takes a missing entry's `fallback` as it is; `v.fallback()` would also
 * replace a section that does not fit, losing it without a word.)
 */
const section = <T extends v.GenericSchema<object, object>>(shape: T) => ({
  ...shape,
  fallback: v.safeParse(shape, {}).output,
});

/** One conversation plan: the shape, for composing into larger schemas. */
export const planShape = v.object({
  /** Unique, stable id. */
  id: v.string(),
  /** Name the student sees in the plan switcher. */
  name: v.string(),
  /** ISO timestamps. */
  createdAt: v.string(),
  updatedAt: v.string(),
  person: section(personShape),
  checklist: section(checklistSectionShape),
  questions: section(questionsSectionShape),
  outreach: section(outreachSectionShape),
  /** The conversation's log and debrief (the conversations page). */
  conversation: section(conversationSectionShape),
  /** The 30-second introduction (the introduction builder). */
  introduction: section(introductionSectionShape),
});

export type Plan = v.InferOutput<typeof planShape>;

/** Parses one plan from unknown data, filling defaults for missing fields. */
export const planSchema = schema(planShape);
