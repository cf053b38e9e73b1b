// @ts-check
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefind from './integrations/pagefind.mjs';
import localized404 from './integrations/localized-404.mjs';
import cspHashes from './integrations/csp-hashes.mjs';
import serviceWorker from './integrations/service-worker.mjs';
import siteUrl, { resolveSiteOrigin } from './integrations/site-url.mjs';
import serverOnlyPreact from './integrations/server-only-preact.mjs';
import siteConfigAlias from './integrations/vite-site-config.mjs';
import directDynamicImports from './integrations/vite-direct-imports.mjs';
import viteChunks from './integrations/vite-chunks.mjs';

/**
 * Public origin of the deployed site, for canonical links, og:url and the sitemap: SITE_URL, else
 * the deploy platform's URL on Netlify or Cloudflare Pages, else a placeholder the build warns about.
 */
const siteOrigin = resolveSiteOrigin(process.env);

/**
 * White-label builds: SITE_CONFIG=path/to/brand.ts swaps that file in wherever the code imports
 * src/site.config.ts (see integrations/vite-site-config.mjs).
 */
const brandFile = process.env.SITE_CONFIG ? resolve(process.env.SITE_CONFIG) : null;
const defaultConfig = fileURLToPath(new URL('./src/site.config.ts', import.meta.url));

export default defineConfig({
  site: siteOrigin.origin,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [
    mdx(),
    serverOnlyPreact(),
    sitemap({
      // Embeds, the offline pages and the missing-page pages are parts of the site, not pages to
      // find in a search engine.
      filter: (page) =>
        (!page.includes('/embed/') || page.endsWith('/embed/')) &&
        !page.includes('/offline/') &&
        !page.endsWith('/404/'),
      // Each page with its twin in the other language, as <xhtml:link> alternates.
      i18n: { defaultLocale: 'en', locales: { en: 'en', es: 'es' } },
    }),
    // Before Pagefind and the service worker, so both see es/404.html where hosts look for it.
    localized404(),
    pagefind(),
    // After Pagefind, so the search index is precached for offline use.
    serviceWorker(),
    cspHashes(),
    // Last, so its warning is the last thing the build prints.
    siteUrl(siteOrigin),
  ],
  devToolbar: { enabled: false },
  vite: {
    plugins: [
      siteConfigAlias({ brandFile, defaultConfig }),
      directDynamicImports(),
      // The shared chunks, listed and explained in integrations/chunks.mjs.
      viteChunks({ root: fileURLToPath(new URL('.', import.meta.url)) }),
    ],
  },
});
