import type { APIRoute } from 'astro';
import source from '../client/embed/loader.js?raw';
import { buildLoader } from '../lib/embed/loader';
import site from '../site.config';

/** The one-line embed loader, /embed.js. */
export const GET: APIRoute = () =>
  new Response(buildLoader(source, site.siteName), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
