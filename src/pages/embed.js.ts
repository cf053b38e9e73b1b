import type { APIRoute } from 'astro';
import source from '../client/embed/loader.js?raw';
import { buildLoader } from '../lib/embed/loader';
import site from '../site.config';
import { siteIn } from '../lib/i18n/site';

/** The one-line embed loader, /embed.js. */
export const GET: APIRoute = () =>
  new Response(
    buildLoader(source, {
      en: siteIn(site, 'en').siteName,
      es: siteIn(site, 'es').siteName,
    }),
    {
      headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
    },
  );
