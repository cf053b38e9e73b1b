// @ts-check
import { afterBuild } from './after-build.mjs';
import { readdir, rename, rmdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Astro writes only the site's own `src/pages/404.astro` as `404.html`; a 404 page in a language
 * folder (`src/pages/es/404.astro`) comes out as `es/404/index.html`. Hosts look for
 * `es/404.html`: Cloudflare Pages answers a missing address with the nearest `404.html` up the
 * folder tree, Netlify with the page `public/_redirects` names for `/es/*`, and
 * `scripts/serve.mjs` as Cloudflare does. This moves each one there, before the search index and
 * the service worker read the folder.
 * @returns {import('astro').AstroIntegration}
 */
export default function localized404() {
  return afterBuild('iik-localized-404', async (outDir, logger) => {
    for (const entry of await readdir(outDir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const folder = join(outDir, entry.name, '404');
      const page = join(folder, 'index.html');
      if (!(await stat(page).catch(() => null))?.isFile()) continue;
      await rename(page, join(outDir, entry.name, '404.html'));
      await rmdir(folder);
      logger.info(`/${entry.name}/404.html: the missing-page page for /${entry.name}/.`);
    }
  });
}
