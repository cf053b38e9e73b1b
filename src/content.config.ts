import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** The tools a guide can point readers to. */
export const toolIds = ['question-builder', 'outreach', 'checklist'] as const;

const guides = defineCollection({
  // Files starting with an underscore are drafts in progress and are never built.
  loader: glob({ base: './src/content/guides', pattern: '**/[^_]*.mdx' }),
  schema: z.object({
    /** Page title and the guide's name in lists. Plain text, no trailing full stop. */
    title: z.string().min(3),
    /** One or two sentences for lists, search results and link previews. */
    description: z.string().min(20).max(200),
    /** Part of the course: why have these conversations, who to talk to, how to do it. */
    section: z.enum(['why', 'who', 'how']),
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

export const collections = { guides };
