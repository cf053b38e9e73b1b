// @ts-check
/**
 * The shared chunks of the browser build, as data: which modules travel together, and why.
 * `vite-chunks.mjs` turns this list into Rolldown's code-splitting groups and checks it when the
 * build starts: an entry that names a file or folder that does not exist fails the build, naming
 * the entry, so a renamed file cannot move to another chunk unnoticed.
 *
 * An entry is a path from the project root: a file (`src/lib/shared/fill.ts`), or a folder ending
 * in `/` (`src/lib/plans/`), which takes every module under it except those loaded on demand
 * (`*.lazy.*`, README "Loading on demand"). A module that two groups name goes to the group with
 * the higher priority.
 *
 * Why chunks at all: left to itself, the bundler splits the modules two pages share into many
 * small files, each costing an import and a gzip header against the page's JavaScript budget
 * (README); these groups keep the pieces that always load together in one file each.
 *
 * @typedef {{ name: string; priority: number; why: string; include: string[] }} ChunkGroup
 */

/** @type {ChunkGroup[]} */
export const chunkGroups = [
  {
    name: 'runtime',
    priority: 2,
    why: 'On every tool page: signals, the plans state with its storage and schema (Valibot), the plan bar (plain DOM), the small DOM layer, the {name} filler, word count and first names, and the conversation log. The introduction builder loads it alone (no Preact), within the smaller budget of that page.',
    include: [
      'src/lib/shared/signals.ts',
      'src/lib/shared/fill.ts',
      'src/lib/shared/words.ts',
      'node_modules/valibot/',
      'src/lib/plans/',
      'src/lib/storage/',
      'src/lib/strings/plans.ts',
      'src/lib/conversations/log.ts',
      'src/components/islands/plans/plan-bar.ts',
      'src/components/islands/plans/page-plans.ts',
      'src/components/islands/runtime/dom.ts',
      'src/components/islands/runtime/define.ts',
      'src/client/service-worker.ts',
    ],
  },
  {
    name: 'ui',
    priority: 1,
    why: 'On every page with a Preact island: Preact with its hooks, and the island runtime (mounting, useSignals, focus) with the plan fields every tool form sits in.',
    include: [
      'node_modules/preact/',
      'src/components/islands/runtime/mount.ts',
      'src/components/islands/runtime/useSignals.ts',
      'src/components/islands/runtime/useFocusAfterRender.ts',
      'src/components/islands/plans/usePlans.ts',
      'src/components/islands/plans/PlanFields.tsx',
    ],
  },
  {
    name: 'stage',
    priority: 1,
    why: "The conversation stage rules with the dates they count in (shared/dates.ts) and the next step in words, loaded by the conversations page and the outreach tool's dates section. Pages without the stage rules do not load the dates (about 150 B less on each); left to itself, the bundler gives the dates a file of their own (about 200 B more on the conversations page).",
    include: [
      'src/lib/conversations/stage.ts',
      'src/lib/conversations/entries.ts',
      'src/lib/conversations/steps.ts',
      'src/lib/outreach/followup.ts',
      'src/lib/shared/dates.ts',
    ],
  },
  {
    name: 'actions',
    priority: 1,
    why: 'Copy and download, with the articles rule (a/an/the): the outreach tool and the question builder use all three, and a file for the rule alone would cost each about 150 B more.',
    include: ['src/components/islands/runtime/actions/', 'src/lib/shared/articles.ts'],
  },
  {
    name: 'embed',
    priority: 0,
    why: "Every embed page's frame script with the parameter checks it runs, in one file instead of two (61 B less on each embed page); the configurator, which checks the same parameters, downloads the frame code with them. The accent's contrast rules stay out: the frame loads them only for an accent.",
    include: [
      'src/client/embed/frame.ts',
      'src/lib/embed/params.ts',
      'src/lib/embed/storage-note.ts',
      'src/lib/brand/hex.ts',
    ],
  },
];
