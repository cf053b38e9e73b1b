/**
 * The collections the Accessibility Conformance Report is built from (/accessibility/report/ and
 * its OpenACR file): the VPAT catalogs it answers, and the answers themselves. Part of the content
 * collections in src/content.config.ts.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { conformanceLevels } from '../lib/accessibility/report';

export const openacr = defineCollection({
  // OpenACR's VPAT 2.5 catalogs, copied unchanged (see the README beside them); the schema names
  // only the parts the conformance report reads.
  loader: glob({ base: './src/content/openacr', pattern: 'catalog-*.yaml' }),
  schema: z.object({
    /** The catalog's title, e.g. "VPAT® 2.5 WCAG Edition". */
    title: z.string(),
    /** The standard it reports on (WCAG 2.2), with its address. */
    standards: z.array(z.object({ id: z.string(), label: z.string(), url: z.url() })).min(1),
    /** The chapters (one per WCAG level), each with its success criteria in order. */
    chapters: z.array(
      z.object({
        id: z.string(),
        label: z.string(),
        criteria: z.array(z.object({ id: z.string(), handle: z.string() })),
      }),
    ),
    /** The conformance terms: Supports, Partially Supports and the rest. */
    terms: z.array(z.object({ id: z.string(), label: z.string(), description: z.string() })),
  }),
});

/** Where a test file named by the conformance report must be. */
const testFile = z
  .string()
  .regex(
    /^tests\/(e2e|unit)\/[\w./-]+\.(spec|test)\.tsx?$/,
    'a test file under tests/e2e/ or tests/unit/',
  );

export const conformance = defineCollection({
  // One file per report (wcag-2.2.yaml): the page /accessibility/report/ and the OpenACR file
  // are both built from it.
  loader: glob({ base: './src/content/conformance', pattern: '*.yaml' }),
  schema: z.object({
    /** The OpenACR catalog it answers, by file name without "catalog-" (src/content/openacr/). */
    catalog: z.string(),
    /** When the answers were last checked against the site (YYYY-MM-DD). */
    reportDate: z.coerce.date(),
    /** How the site was evaluated: the tools, the browsers, what was checked by hand, what not. */
    evaluationMethods: z.string().min(50),
    /** The browser engines the automated tests run in; tests/engines/run.mjs reads this list. */
    engines: z
      .array(
        z.object({
          id: z.enum(['chromium', 'firefox', 'webkit']),
          name: z.string(),
          driver: z.string(),
          runs: z.string().min(10),
        }),
      )
      .min(1),
    /** What the report covers and what it does not. */
    notes: z.string().min(20),
    /** One answer per success criterion; the build fails if one of the catalog's is missing. */
    criteria: z.array(
      z
        .object({
          /** The success criterion's number, e.g. "1.4.10". */
          id: z.string().regex(/^\d\.\d\.\d+$/),
          /** The VPAT 2.5 term. */
          level: z.enum(conformanceLevels),
          /** Test files (from the repository root) that check it; a test fails on a missing one. */
          tests: z.array(testFile).default([]),
          /** How it was checked and what was found; for less than Supports, what is planned. */
          remarks: z.string().min(10),
          /** Removed from WCAG (4.1.1 Parsing in WCAG 2.2). */
          obsolete: z.boolean().default(false),
        })
        .refine((c) => c.level !== 'supports' || c.tests.length > 0, {
          message: '"supports" needs at least one test file that checks it',
          path: ['tests'],
        }),
    ),
  }),
});
