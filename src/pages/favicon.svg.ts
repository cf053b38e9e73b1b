import type { APIRoute } from 'astro';
import site from '../site.config';

/** The site icon in the brand accent, so a white-label build re-colours it too. */
export const GET: APIRoute = () =>
  new Response(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="${site.accent}"/><path d="M9 10h14M9 16h10M9 22h6" stroke="#fff" stroke-width="3" stroke-linecap="round"/></svg>\n`,
    { headers: { 'Content-Type': 'image/svg+xml' } },
  );
