// @ts-check
import preact from '@astrojs/preact';

/**
 * Preact renders the islands at build time; in the browser they hydrate through our own
 * mountIsland() (src/components/islands/runtime/mount.ts), never through `client:*` directives.
 * @astrojs/preact would still register its client renderer, which Astro then builds into
 * dist/_astro and the service worker precaches though no page loads it. This registers the same
 * renderer for the server only.
 * @returns {import('astro').AstroIntegration}
 */
export default function serverOnlyPreact() {
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
