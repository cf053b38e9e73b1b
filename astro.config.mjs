// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import pagefind from './integrations/pagefind.mjs';
import cspHashes from './integrations/csp-hashes.mjs';

/** Public origin of the deployed site; set SITE_URL when deploying elsewhere. */
const site = process.env.SITE_URL ?? 'https://informational-interview-toolkit.example.org';

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
    cspHashes(),
  ],
  devToolbar: { enabled: false },
});
