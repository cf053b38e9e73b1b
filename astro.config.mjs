// @ts-check
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import pagefind from './integrations/pagefind.mjs';
import cspHashes from './integrations/csp-hashes.mjs';
import serviceWorker from './integrations/service-worker.mjs';

/** Public origin of the deployed site; set SITE_URL when deploying elsewhere. */
const site = process.env.SITE_URL ?? 'https://informational-interview-toolkit.example.org';

/**
 * White-label builds: SITE_CONFIG=path/to/brand.ts swaps that file in wherever the code imports
 * src/site.config.ts (a relative path, from the project root). The brand file may itself import
 * the default config, e.g. to spread it and change a few fields.
 */
const brandFile = process.env.SITE_CONFIG ? resolve(process.env.SITE_CONFIG) : null;
const defaultConfig = fileURLToPath(new URL('./src/site.config.ts', import.meta.url));

/** @returns {import('vite').Plugin} */
function siteConfigAlias() {
  return {
    name: 'iik-site-config',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!brandFile || !/site\.config(\.ts)?$/.test(source) || importer === brandFile) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === defaultConfig ? brandFile : null;
    },
  };
}

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [
    mdx(),
    preact(),
    sitemap({ filter: (page) => !page.includes('/embed/') || page.endsWith('/embed/') }),
    pagefind(),
    // After Pagefind, so the search index is precached for offline use.
    serviceWorker(),
    cspHashes(),
  ],
  devToolbar: { enabled: false },
  vite: { plugins: [siteConfigAlias()] },
});
