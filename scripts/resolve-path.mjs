// @ts-check
// Which file answers a request to the static server (scripts/serve.mjs), as Netlify and
// Cloudflare Pages decide it: a file, a folder's index.html, a redirect to the canonical path,
// or the nearest 404.html.
import { stat } from 'node:fs/promises';
import { join, sep } from 'node:path';

/** Files a host reads as configuration and never serves. */
const hostFiles = new Set(['/_headers', '/_redirects']);

/**
 * What a request path leads to in the site folder:
 * - `file`: send `file` with `status`, with the headers the `_headers` rules give `headersPath`;
 * - `redirect`: a permanent redirect to `location` (the path only, the query is kept by the caller);
 * - `bad-request`: the path is not valid percent-encoding.
 * @typedef {{ type: 'file'; file: string; status: 200 | 404; headersPath: string }
 *   | { type: 'redirect'; location: string }
 *   | { type: 'bad-request' }} Resolution
 */

/** @param {string} file */
export async function isFile(file) {
  return (await stat(file).catch(() => null))?.isFile() ?? false;
}

/**
 * Maps a URL path to a file under `root`, as Netlify and Cloudflare Pages do for a site built
 * with `build.format: 'directory'`: `/x/` serves `x/index.html`, `/x` redirects to `/x/` when
 * `x` is a folder with an index, `/x/index.html` redirects to `/x/`, and anything missing (or
 * outside `root`, or a host configuration file) serves the nearest `404.html` up the folder tree
 * with status 404, as Cloudflare Pages does (`/es/nope/` gets `es/404.html`, the Spanish page;
 * `/nope/` the site's `404.html`), and with the headers of that file's path: the page's own CSP,
 * which the `_headers` rule for that path gives it.
 * @param {string} root absolute path of the site folder
 * @param {string} pathname the request's URL path, still percent-encoded
 * @returns {Promise<Resolution>}
 */
export async function resolvePath(root, pathname) {
  let path;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return { type: 'bad-request' };
  }
  /** @type {Resolution} */
  const rootNotFound = {
    type: 'file',
    file: join(root, '404.html'),
    status: 404,
    headersPath: '/404.html',
  };
  const segments = path.split('/');
  if (
    !path.startsWith('/') ||
    path.includes('\0') ||
    path.includes('\\') ||
    segments.some((s) => s === '..' || s === '.') ||
    hostFiles.has(path)
  )
    return rootNotFound;
  const file = join(root, path);
  if (file !== root && !file.startsWith(root + sep)) return rootNotFound;
  /** The nearest 404.html in the folders above the path, the site's own last. */
  const notFoundPage = async () => {
    for (let depth = segments.length - 2; depth > 0; depth--) {
      const folder = segments.slice(0, depth + 1).join('/');
      if (await isFile(join(root, folder, '404.html')))
        return /** @type {Resolution} */ ({
          ...rootNotFound,
          file: join(root, folder, '404.html'),
          headersPath: `${folder}/404.html`,
        });
    }
    return rootNotFound;
  };

  if (path.endsWith('/')) {
    const index = join(file, 'index.html');
    return (await isFile(index))
      ? { type: 'file', file: index, status: 200, headersPath: path }
      : notFoundPage();
  }
  if (path.endsWith('/index.html') && (await isFile(file)))
    return { type: 'redirect', location: pathname.slice(0, -'index.html'.length) };
  const found = await stat(file).catch(() => null);
  if (found?.isFile()) return { type: 'file', file, status: 200, headersPath: path };
  if (found?.isDirectory() && (await isFile(join(file, 'index.html'))))
    return { type: 'redirect', location: `${pathname}/` };
  return notFoundPage();
}
