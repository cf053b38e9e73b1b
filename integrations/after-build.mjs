// @ts-check
import { fileURLToPath } from 'node:url';

/**
 * An integration that runs one step over the built site once `astro build` is done, given the
 * output folder as a path and Astro's logger. The Pagefind index, the service worker and the CSP
 * hashes are each such a step.
 * @param {string} name
 * @param {(outDir: string, logger: import('astro').AstroIntegrationLogger) => Promise<void>} step
 * @returns {import('astro').AstroIntegration}
 */
export function afterBuild(name, step) {
  return {
    name,
    hooks: { 'astro:build:done': ({ dir, logger }) => step(fileURLToPath(dir), logger) },
  };
}
