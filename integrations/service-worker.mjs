// @ts-check
import { afterBuild } from './after-build.mjs';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';

/**
 * Writes dist/sw.js: a Workbox service worker that precaches the whole built site (pages,
 * scripts, styles, icons and the Pagefind search index), so after one visit every guide, tool
 * and print sheet works offline. Runs after Pagefind in `astro:build:done`, so the index is
 * there to precache. Each file is precached under a content revision: a new build changes the
 * revisions, the new worker takes over at once (skipWaiting, clientsClaim) and the old caches
 * are deleted (cleanupOutdatedCaches). Only tool islands register it (see registerServiceWorker).
 * @returns {import('astro').AstroIntegration}
 */
export default function serviceWorker() {
  return afterBuild('iik-service-worker', async (outDir, logger) => {
    const { count, size, warnings } = await writeServiceWorker(outDir);
    for (const warning of warnings) logger.warn(warning);
    logger.info(`Service worker precaches ${count} files (${Math.round(size / 1024)} KB).`);
  });
}

/**
 * Each page is precached at its address (`guides/x/`), not at the file that holds it
 * (`guides/x/index.html`): the hosts (and scripts/serve.mjs) answer `…/index.html` with a redirect
 * to the address, so precaching the file name cost every page two requests while the worker
 * installed (104 of 357 requests) and kept the worker installing that much longer. The shorter
 * the install, the less often a student leaves for another site before it ends, which in
 * WebKitGTK leaves the worker installing for good (README, "Saved plans, offline use and
 * installing").
 * @type {import('workbox-build').ManifestTransform}
 */
export const pageAddresses = (entries) => ({
  manifest: entries.map((entry) => ({
    ...entry,
    url: entry.url.replace(/(^|\/)index\.html$/, '$1') || './',
  })),
  warnings: [],
});

/**
 * Generates `<outDir>/sw.js` over the built site in `outDir`.
 * @param {string} outDir
 */
export function writeServiceWorker(outDir) {
  return generateSW({
    globDirectory: outDir,
    globPatterns: [
      '**/*.{html,js,css,svg,png,webmanifest}',
      // The search page's UI, its worker and WebAssembly, and the index itself.
      'pagefind/{pagefind,pagefind-ui,pagefind-worker}.{js,css}',
      'pagefind/*.{json,pagefind,pf_meta}',
      'pagefind/**/*.{pf_index,pf_fragment,pf_filter}',
    ],
    // Pagefind's other UI flavours are not used by the search page.
    globIgnores: [
      'sw.js',
      'workbox-*.js',
      'pagefind/pagefind-{component-ui,modular-ui,highlight}.*',
    ],
    manifestTransforms: [pageAddresses],
    swDest: join(outDir, 'sw.js'),
    // One self-contained file: no importScripts of a separate Workbox runtime.
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    ignoreURLParametersMatching: [/.*/],
    // Astro's hashed file names already change with their content.
    dontCacheBustURLsMatching: /^_astro\//,
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    // Precached pages are answered from the cache; any other address goes to the network,
    // and with no connection gets the small offline page in its language instead of the
    // browser's error (the first rule that matches applies).
    runtimeCaching: [
      {
        urlPattern: ({ request, url }) =>
          request.mode === 'navigate' && /^\/es(\/|$)/.test(url.pathname),
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: '/es/offline/' } },
      },
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: '/offline/' } },
      },
    ],
  });
}
