import type { APIRoute } from 'astro';
import { iconSvg } from '../../lib/brand/icon';
import site from '../../site.config';

/** The scalable app icon, in this copy's accent colour. */
export const GET: APIRoute = () =>
  new Response(iconSvg(site.accent), { headers: { 'Content-Type': 'image/svg+xml' } });
