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
import siteUrl, { resolveSiteOrigin } from './integrations/site-url.mjs';

/**
 * Public origin of the deployed site, for canonical links, og:url and the sitemap: SITE_URL, else
 * the deploy platform's URL on Netlify or Cloudflare Pages, else a placeholder the build warns about.
 */
const siteOrigin = resolveSiteOrigin(process.env);

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

/**
 * Lazy chunks (plan management, exports, suggested sets, share links, calendar files) are loaded
 * with import(). Vite wraps each one in a 0.9 KB helper that first adds <link rel=modulepreload>
 * tags for the chunk's dependencies. Ours are modules the page has already loaded, so the helper
 * is dead weight on every tool page; this swaps it for a direct call. A lazy chunk that imported
 * CSS would need the helper to load its stylesheet, so the build fails if one ever does.
 * @returns {import('vite').Plugin}
 */
function directDynamicImports() {
  return {
    name: 'iik-direct-dynamic-imports',
    enforce: 'pre',
    apply: 'build',
    load: {
      filter: { id: /^\0vite\/preload-helper\.js$/ },
      handler: () => 'export const __vitePreload = (load) => load();',
    },
    // After every generateBundle hook, when Vite has written each lazy import's dependency list.
    writeBundle(_options, bundle) {
      // Only the browser build preloads; the server build has lazy imports and no lists.
      if (this.environment.name !== 'client') return;
      let lists = 0;
      let lazy = 0;
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        lazy += chunk.dynamicImports.length;
        if (!chunk.code.includes('__vite__mapDeps')) continue;
        const deps = /__vite__mapDeps=.*?m\.f=(\[[^\]]*\])/.exec(chunk.code)?.[1];
        // Vite's output changed shape: the check below would pass without looking at anything.
        if (deps === undefined)
          this.error(`${chunk.fileName}: cannot read Vite's lazy-import dependency list.`);
        lists++;
        if (deps.includes('.css"')) {
          this.error(
            `${chunk.fileName} lazy-loads a chunk with CSS; the direct import() helper would skip it.`,
          );
        }
      }
      if (lazy > 0 && lists === 0)
        this.error(
          'Found no lazy-import dependency list to check: Vite no longer writes __vite__mapDeps ' +
            'as this plugin expects. Update directDynamicImports() in astro.config.mjs.',
        );
    },
  };
}

/**
 * Every tool page needs the same runtime: Preact with its hooks and signals, the hydration
 * helper, and the plans store with the plan bar. Left to itself the bundler splits these into
 * nine small shared chunks; as two chunks they gzip about 1.2 KB smaller (one compression window
 * instead of nine, and no cross-chunk import lists), which keeps each tool page within its
 * 20 KB budget. Browser build only.
 * @returns {import('vite').Plugin}
 */
function toolRuntimeChunks() {
  return {
    name: 'iik-tool-runtime-chunks',
    apply: 'build',
    configEnvironment(name) {
      if (name !== 'client') return;
      return {
        build: {
          rolldownOptions: {
            output: {
              codeSplitting: {
                groups: [
                  {
                    name: 'preact',
                    test: /node_modules[\\/](preact|@preact[\\/]signals-core)[\\/]|src[\\/]components[\\/]islands[\\/]runtime[\\/](?!actions[\\/])/,
                  },
                  {
                    name: 'plans',
                    test: /node_modules[\\/]valibot[\\/]|src[\\/](lib[\\/](plans|storage)|components[\\/]islands[\\/]plans)[\\/](?![^\\/]*\.lazy\.)/,
                  },
                ],
              },
            },
          },
        },
      };
    },
  };
}

/**
 * Preact renders the islands at build time; in the browser they hydrate through our own
 * mountIsland() (src/components/islands/runtime/mount.ts), never through `client:*` directives.
 * @astrojs/preact would still register its client renderer, which Astro then builds into
 * dist/_astro and the service worker precaches though no page loads it. This registers the same
 * renderer for the server only.
 * @returns {import('astro').AstroIntegration}
 */
function serverOnlyPreact() {
  const integration = preact();
  const setup = integration.hooks['astro:config:setup'];
  return {
    ...integration,
    hooks: {
      ...integration.hooks,
      'astro:config:setup': (params) =>
        setup?.({
          ...params,
          addRenderer: ({ name, serverEntrypoint }) =>
            params.addRenderer({ name, serverEntrypoint }),
        }),
    },
  };
}

export default defineConfig({
  site: siteOrigin.origin,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [
    mdx(),
    serverOnlyPreact(),
    sitemap({
      // Embeds and the offline page are parts of the site, not pages to find in a search engine.
      filter: (page) =>
        (!page.includes('/embed/') || page.endsWith('/embed/')) && !page.includes('/offline/'),
    }),
    pagefind(),
    // After Pagefind, so the search index is precached for offline use.
    serviceWorker(),
    cspHashes(),
    // Last, so its warning is the last thing the build prints.
    siteUrl(siteOrigin),
  ],
  devToolbar: { enabled: false },
  vite: {
    plugins: [siteConfigAlias(), directDynamicImports(), toolRuntimeChunks()],
  },
});
