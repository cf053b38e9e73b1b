// @ts-check
import { afterBuild } from './after-build.mjs';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind search index as the last step of `astro build`, through Pagefind's Node API.
 * Chosen over running the CLI after the build so that `npm run build` is one command with one
 * exit code, and `astro build` alone (as a host's build step) still produces working search.
 * @returns {import('astro').AstroIntegration}
 */
export default function pagefindIntegration() {
  return afterBuild('iik-pagefind', async (outDir, logger) => {
    try {
      // One index per language, by each page's <html lang>: the search page of each language
      // searches its own (Pagefind picks the index of the page's lang).
      const { index, errors } = await pagefind.createIndex();
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      const added = await index.addDirectory({ path: outDir });
      if (added.errors.length)
        throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
      const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
      if (written.errors.length)
        throw new Error(`Pagefind write failed: ${written.errors.join('; ')}`);
      logger.info(`Indexed ${added.page_count} pages for search.`);
    } finally {
      // Pagefind runs a child process; a failed build must not leave it running.
      await pagefind.close();
    }
  });
}
