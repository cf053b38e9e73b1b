import type { APIRoute } from 'astro';
import site from '../site.config';

/** The web app manifest, built from the white-label settings so a re-branded copy installs under its own name. */
export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      {
        name: site.siteName,
        short_name: site.shortName,
        description:
          'Guides and tools for informational interviews: plan, reach out, prepare and follow up.',
        // A stable identity for the installed app, so a later start_url change keeps it the same app.
        id: '/',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: site.accent,
        icons: [
          { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
