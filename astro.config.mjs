// @ts-check
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import pagefind from './integrations/pagefind.mjs';
import localized404 from './integrations/localized-404.mjs';
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
 * Lazy chunks (plan management, exports, suggested sets, share links, calendar files, the plan
 * hand-off) are loaded with import(). Vite wraps each one in a 0.9 KB helper that first adds
 * <link rel=modulepreload> tags for the chunk's dependencies. Ours are modules the page has
 * already loaded, so the helper is dead weight on every tool page; this swaps it for a direct
 * call, and (modulePreload: false) leaves out the list of files it would have preloaded, which
 * the direct call never reads (a lazy chunk with four shared dependencies costs ~150 bytes of
 * that list on the page that loads it). A lazy chunk that imported CSS would need the helper to
 * load its stylesheet, so the build fails if one ever does.
 * @returns {import('vite').Plugin}
 */
function directDynamicImports() {
  return {
    name: 'iik-direct-dynamic-imports',
    enforce: 'pre',
    apply: 'build',
    config: () => ({ build: { modulePreload: false } }),
    load: {
      filter: { id: /^\0vite\/preload-helper\.js$/ },
      handler: () => 'export const __vitePreload = (load) => load();',
    },
    // After every generateBundle hook, when Vite has recorded each chunk's CSS.
    writeBundle(_options, bundle) {
      // Only the browser build preloads; the server build has no CSS to load.
      if (this.environment.name !== 'client') return;
      /** @param {string} name @returns {import('rolldown').OutputChunk | undefined} */
      const chunkOf = (name) => {
        const c = bundle[name];
        return c?.type === 'chunk' ? c : undefined;
      };
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        // Chunks already on the page when the import() runs: this one and what it imports.
        const loaded = new Set([chunk.fileName]);
        for (const name of loaded) for (const dep of chunkOf(name)?.imports ?? []) loaded.add(dep);
        for (const lazy of chunk.dynamicImports) {
          // The lazy chunk and everything it imports statically: what the helper would preload.
          const seen = new Set([lazy]);
          for (const name of seen) {
            const c = chunkOf(name);
            if (!c || loaded.has(name)) continue;
            const css = /** @type {{ viteMetadata?: { importedCss?: Set<string> } }} */ (c)
              .viteMetadata?.importedCss;
            // Vite's output changed shape: without this the check would pass unchecked.
            if (!css) this.error(`${name}: Vite no longer records a chunk's CSS (viteMetadata).`);
            if (css.size > 0)
              this.error(
                `${chunk.fileName} lazy-loads ${name}, which has CSS; the direct import() helper would skip it.`,
              );
            for (const dep of c.imports) seen.add(dep);
          }
        }
      }
    },
  };
}

/**
 * Shared chunks. `runtime`, on every tool page: the toolkit's signals, the plans state,
 * storage and plan schema (Valibot), the plan bar (plain DOM, see PlanBar.astro), the small DOM
 * layer, the {name} filler and word count, the follow-up dates and the conversation log. `ui`,
 * on every page with a Preact island: Preact with its hooks and the island runtime (mounting,
 * useSignals, clipboard, download, focus). The introduction builder is plain DOM too, so its page
 * loads `runtime` alone and keeps within 12 KB; a Preact page pays about 0.3 KB for the second
 * chunk's import lists. `runtime` goes first (priority), so a module both groups reach stays in
 * it. The groups match folders, and file names where a folder is split between them (plans,
 * runtime): a file renamed there must be renamed here too, and the quality test's per-page
 * budgets fail if one lands in the wrong chunk. A file in those folders that loads on demand is
 * named `*.lazy.*` and stays out. Browser build only.
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
                    name: 'runtime',
                    priority: 2,
                    test: /src[\\/]lib[\\/]shared[\\/](signals|fill|words|dates)\.ts|node_modules[\\/]valibot[\\/]|src[\\/]lib[\\/](plans|storage)[\\/](?![^\\/]*\.lazy\.)|src[\\/]lib[\\/]strings[\\/]plans\.ts|src[\\/]lib[\\/]outreach[\\/]followup\.ts|src[\\/]lib[\\/]conversations[\\/]log\.ts|src[\\/]components[\\/]islands[\\/]plans[\\/](plan-bar|page-plans)\.ts|src[\\/]components[\\/]islands[\\/]runtime[\\/](dom|define)\.ts|src[\\/]client[\\/]service-worker\.ts/,
                  },
                  {
                    // Every embed page's frame script with the parameter checks it runs: one file
                    // instead of two (61 B less on each embed page); the configurator, which
                    // checks the same parameters, downloads the frame code with them. The accent's
                    // contrast rules stay out: the frame loads them only for an accent.
                    name: 'embed',
                    priority: 0,
                    test: /src[\\/]client[\\/]embed[\\/]frame\.ts|src[\\/]lib[\\/]embed[\\/](params|storage-note)\.ts|src[\\/]lib[\\/]brand[\\/]hex\.ts/,
                  },
                  {
                    name: 'ui',
                    priority: 1,
                    test: /node_modules[\\/]preact[\\/]|src[\\/]components[\\/]islands[\\/]runtime[\\/](mount|use\w+)\.|src[\\/]components[\\/]islands[\\/]plans[\\/](usePlans|PlanFields)\./,
                  },
                  {
                    // With the articles rule (lib/shared/articles.ts), which the two pages that
                    // load these actions, the outreach tool and the question builder, both use:
                    // a file of its own would cost each of them about 150 B more.
                    name: 'actions',
                    priority: 1,
                    test: /src[\\/]components[\\/]islands[\\/]runtime[\\/]actions[\\/](?![^\\/]*\.lazy\.)|src[\\/]lib[\\/]shared[\\/]articles\.ts/,
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
    plugins: [siteConfigAlias(), directDynamicImports(), toolRuntimeChunks()],
  },
});
