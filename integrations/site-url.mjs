// @ts-check

/** The origin canonical links fall back to when nothing names the real one. */
export const PLACEHOLDER_ORIGIN = 'https://informational-interview-toolkit.example.org';

/**
 * Where the site's public origin came from: `SITE_URL`, the deploy platform's own variable, or
 * nowhere (the placeholder).
 * @typedef {{ origin: string; source: 'SITE_URL' | 'URL' | 'CF_PAGES_URL' | null }} SiteOrigin
 */

/**
 * @param {string} value @param {string} name
 * @returns {string}
 */
function originOf(value, name) {
  /** @type {URL} */
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `${name}="${value}" is not a URL. Set it to the site's origin, e.g. https://careers.example.edu`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`${name}="${value}" must start with https:// (or http://).`);
  if (url.pathname !== '/' || url.search || url.hash)
    throw new Error(
      `${name}="${value}" has a path; the toolkit is served from the root of its host, so set the origin only, e.g. ${url.origin}`,
    );
  return url.origin;
}

/**
 * The public origin for canonical links, `og:url`, structured data and the sitemap: `SITE_URL`
 * when set, else the production URL the deploy platform gives the build (Netlify's `URL`,
 * Cloudflare Pages' `CF_PAGES_URL`), else the placeholder with `source: null`, which the build
 * warns about. A set but unusable value stops with a message naming the variable.
 * @param {Record<string, string | undefined>} env usually `process.env`
 * @returns {SiteOrigin}
 */
export function resolveSiteOrigin(env) {
  const site = env.SITE_URL?.trim();
  if (site) return { origin: originOf(site, 'SITE_URL'), source: 'SITE_URL' };
  const netlify = env.URL?.trim();
  if (env.NETLIFY === 'true' && netlify) return { origin: originOf(netlify, 'URL'), source: 'URL' };
  const pages = env.CF_PAGES_URL?.trim();
  if (env.CF_PAGES === '1' && pages)
    return { origin: originOf(pages, 'CF_PAGES_URL'), source: 'CF_PAGES_URL' };
  return { origin: PLACEHOLDER_ORIGIN, source: null };
}

/**
 * What the build says about the origin it used: a plain note when the origin is known, a yellow
 * line when it is a Cloudflare deployment's own address (each deployment has its own, so a
 * custom domain still needs SITE_URL), and a loud multi-line warning that names SITE_URL and
 * shows how to set it, when it is the placeholder.
 * @param {SiteOrigin} site
 * @returns {{ level: 'info' | 'warn'; text: string }}
 */
export function originNotice({ origin, source }) {
  if (source === 'SITE_URL' || source === 'URL')
    return { level: 'info', text: `Canonical links use ${origin} (from ${source}).` };
  if (source === 'CF_PAGES_URL')
    return {
      level: 'warn',
      text: `Canonical links use ${origin}, this Cloudflare Pages deployment's own address (CF_PAGES_URL). Set SITE_URL to your domain so they point there.`,
    };
  return {
    level: 'warn',
    text: [
      '',
      '!!! SITE_URL is not set: canonical links point at a placeholder domain.',
      `!!! Canonical links, og:url and the sitemap all use ${origin},`,
      '!!! so search engines and link previews would send people there, not to your site.',
      '!!! Build with your public origin in SITE_URL, e.g.',
      '!!!   SITE_URL=https://careers.example.edu npm run build',
      '',
    ].join('\n'),
  };
}

/** @param {string} text */
const yellow = (text) => (process.env.NO_COLOR ? text : `\x1b[33m${text}\x1b[39m`);

/**
 * Says at the end of `astro build` which origin the canonical links use, and warns (in yellow)
 * when it is not the site's own. It never fails the build.
 * @param {SiteOrigin} site
 * @returns {import('astro').AstroIntegration}
 */
export default function siteUrl(site) {
  return {
    name: 'iik-site-url',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const { level, text } = originNotice(site);
        if (level === 'info') logger.info(text);
        else console.warn(yellow(text));
      },
    },
  };
}
