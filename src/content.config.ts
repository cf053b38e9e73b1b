import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import {
  backgrounds,
  categories,
  contacts,
  fields,
  placeholders,
  stages as careerStages,
} from './lib/questions/bank';
import { stages } from './lib/checklist/checklist';
import { sections } from './lib/guides/course';
import { toolIds } from './lib/shared/tools';
import { logKinds } from './lib/conversations/log';
import { conformance, openacr } from './content/accessibility';
import {
  inputPlaceholders,
  templatePlaceholders,
  unknownPlaceholders,
} from './lib/outreach/placeholders';

/** The tools a guide can point readers to. */
export { toolIds };

const guides = defineCollection({
  // Files starting with an underscore are drafts in progress and are never built.
  loader: glob({ base: './src/content/guides', pattern: '**/[^_]*.mdx' }),
  schema: z.object({
    /** Page title and the guide's name in lists. Plain text, no trailing full stop. */
    title: z.string().min(3),
    /** One or two sentences for lists, search results and link previews. */
    description: z.string().min(20).max(200),
    /** Part of the course: why have these conversations, who to talk to, how to do it. */
    section: z.enum(sections),
    /** Position in the course; previous/next links follow this order across sections. */
    order: z.number().int().positive(),
    /** Date the content was last checked and edited (YYYY-MM-DD). */
    updated: z.coerce.date(),
    /** Tools this guide leads into; the first one gets the call-out at the end of the page. */
    tools: z.array(z.enum(toolIds)).min(1),
    /** A draft builds nowhere in production, even without the underscore prefix. */
    draft: z.boolean().default(false),
  }),
});

/** Words in braces a question may use; anything else in braces is a typo. */
const knownPlaceholders = (text: string) =>
  [...text.matchAll(/\{([^}]*)\}/g)].every((m) =>
    (placeholders as readonly string[]).includes(m[1]),
  );

const question = z.object({
  /** Stable id, unique across the whole bank; saved plans and share links refer to it. Never reuse one. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'lower-case letters, digits and hyphens'),
  /** The question as the student asks it. May name {organization}, {role} or {field}, filled from the plan. */
  text: z
    .string()
    .min(10)
    .max(200)
    .refine(knownPlaceholders, `placeholders must be one of {${placeholders.join('}, {')}}`),
  /** Career stages it suits; leave out when it suits every stage. */
  stages: z
    .array(z.enum(careerStages))
    .min(1)
    .default([...careerStages]),
  /** Who the student is talking to; leave out when it suits every kind of contact. */
  contacts: z
    .array(z.enum(contacts))
    .min(1)
    .default([...contacts]),
  /** Fields it is specific to; leave out for a question that works in any field. */
  fields: z.array(z.enum(fields)).default([]),
  /**
   * Backgrounds it is written for (an international student, the first in the family at
   * college); leave out for a question that suits everyone.
   */
  backgrounds: z.array(z.enum(backgrounds)).default([]),
  /** A follow-up to dig deeper once they answer. */
  probe: z.string().min(5).max(200).optional(),
});

const questions = defineCollection({
  // One file per category, so each file reads as a themed list.
  // Spanish files in es/ by the same file name (ids `es/advice`); English ids stay `advice`.
  loader: glob({ base: './src/content/questions', pattern: '**/*.yaml' }),
  schema: z.object({
    /** The category every question in this file belongs to: warm-up, a TIARA category, or closing. */
    category: z.enum(categories),
    /** Category name as headings show it. */
    title: z.string().min(3),
    /** One sentence on what questions in this category are for. */
    summary: z.string().min(20).max(200),
    /** The questions, in the order the bank lists them. */
    questions: z.array(question).min(5),
  }),
});

/** A text that may only use the given {placeholders}; an unknown one fails the build. */
const textWith = (allowed: readonly string[]) =>
  z.string().superRefine((text, ctx) => {
    for (const name of unknownPlaceholders(text, allowed)) {
      ctx.addIssue({
        code: 'custom',
        message: `Unknown placeholder {${name}}. Use one of: ${allowed.join(', ')}.`,
      });
    }
  });

/** One tone of a message. */
const messageText = z.object({
  /** Subject line (channels sent by email only). */
  subject: textWith(templatePlaceholders).optional(),
  /** The message. Line breaks are kept; a blank line starts a new paragraph. */
  body: textWith(templatePlaceholders).pipe(z.string().min(20)),
});

const templates = defineCollection({
  // Spanish files in es/ by the same file name (ids `es/email`); English ids stay `email`.
  loader: glob({ base: './src/content/templates', pattern: '**/*.yaml' }),
  schema: z
    .object({
      /** Channel name in the channel picker. */
      label: z.string().min(3),
      /** Position in the channel picker. */
      order: z.number().int().positive(),
      /** When to use this channel, shown under the picker; timing rules belong here. */
      when: z.string().min(10),
      /** How it is sent: decides the length rule, the subject line and the mail-app button. */
      medium: z.enum(['email', 'linkedin-note', 'linkedin-message', 'platform', 'text']),
      /** Where it sits: first contact, the one nudge, the thank-you, or an update months later. */
      stage: z.enum(['first', 'nudge', 'thanks', 'update']),
      /** Most words before the length check fails (all channels except the LinkedIn note). */
      maxWords: z.number().int().positive().optional(),
      /** Stretch target in words; above it the length check passes with a tip. */
      targetWords: z.number().int().positive().optional(),
      /** Most characters on a free account (LinkedIn note). */
      maxChars: z.number().int().positive().optional(),
      /** Most characters with LinkedIn Premium. */
      maxCharsPremium: z.number().int().positive().optional(),
      /** The warm version: friendly and plain. */
      warm: messageText,
      /** The formal version, where it differs; the warm one is used when this is left out. */
      formal: messageText.optional(),
    })
    .superRefine((t, ctx) => {
      if (t.medium === 'linkedin-note' ? !t.maxChars : !t.maxWords) {
        ctx.addIssue({
          code: 'custom',
          message: `A ${t.medium} template needs ${t.medium === 'linkedin-note' ? 'maxChars' : 'maxWords'}.`,
        });
      }
      for (const tone of [t.warm, t.formal]) {
        if (tone && (t.medium === 'email') !== Boolean(tone.subject)) {
          ctx.addIssue({
            code: 'custom',
            message: 'Email templates need a subject; other channels have none.',
          });
        }
      }
    }),
});

/** Phrase keys for each way of being connected ("none" when the plan does not say). */
const byConnection = (allowed: readonly string[]) =>
  z.object({
    none: textWith(allowed),
    friend: textWith(allowed),
    family: textWith(allowed),
    school: textWith(allowed),
    linkedin: textWith(allowed),
    event: textWith(allowed),
    referral: textWith(allowed),
    other: textWith(allowed),
  });

const phrasesSchema = z.object({
  /** The sentence that says how the student knows the person: fills {connectionLine}. */
  connection: byConnection(inputPlaceholders),
  /** The subject line of a first email: fills {firstSubject}. */
  subject: byConnection(inputPlaceholders),
  /** The request for a conversation, by format: fills {ask}. */
  ask: z.object({
    call: textWith(inputPlaceholders),
    video: textWith(inputPlaceholders),
    coffee: textWith(inputPlaceholders),
  }),
});

/**
 * A data file and its Spanish twin, held to one schema: the same keys or ids, only the wording
 * differs (unit tests compare the two).
 */
const inBothLanguages = <Schema extends z.ZodType>(
  path: string,
  spanishPath: string,
  schema: Schema,
) =>
  [
    defineCollection({ loader: file(path), schema }),
    defineCollection({ loader: file(spanishPath), schema }),
  ] as const;

const [outreachPhrases, outreachPhrasesEs] = inBothLanguages(
  'src/content/outreach-phrases.yaml',
  'src/content/es/outreach-phrases.yaml',
  phrasesSchema,
);

const stepSchema = z.object({
  /** Stable id, stored in saved plans when the step is ticked: never rename a published one. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** When the step happens: before, during or after the conversation. */
  stage: z.enum(stages),
  /** Position within its stage, lowest first. */
  order: z.number().int().positive(),
  /** The step itself, as a short instruction. */
  text: z.string().min(5).max(90),
  /** One line on why the step matters. */
  why: z.string().min(10).max(110),
  /** Slug of the guide that explains the step; linked once that guide is published. */
  guide: z.string().regex(/^[a-z0-9-]+$/),
  /** When to do it, for steps with a deadline (e.g. "Within 24 hours"). */
  timing: z.string().max(30).optional(),
  /** A tool that does the step with the student (its id, as in /tools/<id>/), linked beside the guide. */
  tool: z.enum(toolIds).optional(),
  /**
   * The conversation log's kind of entry that proves the step done (e.g. `asked` for writing
   * the request): the checklist ticks it from the log, as every tool reads it.
   */
  logged: z.enum(logKinds).optional(),
});

// One file keeps every step in view, easy for a career center to re-word. The Spanish steps have
// the same ids, stages, order, guides, tools and `logged` kinds.
const [checklist, checklistEs] = inBothLanguages(
  'src/content/checklist/steps.yaml',
  'src/content/checklist/es/steps.yaml',
  stepSchema,
);

/** Values a page's title, description and lead may name in braces, filled from src/site.config.ts. */
export const pagePlaceholders = ['siteName'] as const;

/** A line of a page's frontmatter: plain text that may name {siteName}. */
const pageLine = textWith(pagePlaceholders);

const pages = defineCollection({
  // The site's prose pages (privacy, accessibility, families, the embed page's notes), one file
  // each, so a career center can re-word them like a guide; the Spanish ones in es/, by the same
  // file name. The route renders each with render(entry).
  loader: glob({ base: './src/content/pages', pattern: '**/*.mdx' }),
  schema: z.object({
    /** The page's heading and its title in the browser tab. Plain text, no trailing full stop. */
    title: pageLine.pipe(z.string().min(3)),
    /** One sentence for search results and link previews. */
    description: pageLine.pipe(z.string().min(20).max(200)),
    /** The opening paragraph, set larger under the heading (above the tool on the embed page). */
    lead: pageLine.pipe(z.string().min(20)),
  }),
});

const workshop = defineCollection({
  // The workshop outline at /workshop/, one file so the whole session reads in order.
  loader: file('./src/content/workshop/parts.yaml'),
  schema: z.object({
    /** Stable id of the part, also its anchor on the page. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** Position in the session, lowest first. */
    order: z.number().int().positive(),
    /** How long the part takes; all parts add up to the session (src/lib/workshop/outline.ts). */
    minutes: z.number().int().positive(),
    /** The part's heading. */
    title: z.string().min(3).max(80),
    /** What the adviser says, as short plain sentences (two to four). */
    say: z.array(z.string().min(10).max(220)).min(1).max(5),
    /** What the group does in this part. */
    activity: z.string().min(20).max(300),
    /** Slugs of the published guides the part draws on; a missing one fails the build. */
    guides: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1),
    /** The tool the group uses in this part, if any. */
    tool: z.enum(toolIds).optional(),
    /** Printable sheets to hand out (folders under src/pages/print/); a missing one fails the build. */
    handouts: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
  }),
});

export const collections = {
  guides,
  questions,
  templates,
  outreachPhrases,
  outreachPhrasesEs,
  checklist,
  checklistEs,
  pages,
  openacr,
  conformance,
  workshop,
};
