// @ts-check
// `npm run preview` (and `npm start` after the build): serves dist/ the way Netlify and
// Cloudflare Pages do. `astro preview` ignores dist/_headers, so the site would run without its
// Content-Security-Policy and framing rules; this server gives every response the headers the
// `_headers` rules give its path, and also: content types (with `nosniff`, a wrong one breaks the
// page), `/folder` → `/folder/` and `/folder/index.html` → `/folder/` redirects, dist/404.html
// with status 404 for a missing path, ETag revalidation, and brotli or gzip for text, as a CDN
// compresses (so the Lighthouse audit measures what visitors download). No dependencies.
//
//   node scripts/serve.mjs [--port 4321] [--host 127.0.0.1] [--dir dist]
//
// The port can also come from PORT. It binds to 127.0.0.1 unless told otherwise.
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import { parseHeaders, resolveHeaders } from './headers.mjs';
import { isFile, resolvePath } from './resolve-path.mjs';

export { resolvePath };

/** Content types by file extension; anything else is sent as application/octet-stream. */
export const contentTypes = /** @type {Record<string, string>} */ ({
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.yaml': 'application/yaml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
});

/** Types worth compressing: text. Images, fonts and Pagefind's files are compressed already. */
const compressible = /^(text\/|application\/(json|manifest\+json|xml|yaml)|image\/svg\+xml)/;

/** What both hosts send when `_headers` sets no Cache-Control: revalidate every time. */
const defaultCacheControl = 'public, max-age=0, must-revalidate';

/**
 * The best encoding a client accepts: brotli, then gzip, else none (`identity`). Honours `q=0`.
 * @param {string | undefined} acceptEncoding the request's Accept-Encoding header
 * @returns {'br' | 'gzip' | 'identity'}
 */
export function pickEncoding(acceptEncoding = '') {
  /** @type {Map<string, number>} */
  const q = new Map();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(name, Number.isNaN(value) ? 0 : value);
  }
  const accepts = (/** @type {string} */ name) => (q.get(name) ?? q.get('*') ?? 0) > 0;
  if (accepts('br')) return 'br';
  if (accepts('gzip')) return 'gzip';
  return 'identity';
}

const compressors = {
  br: (/** @type {Buffer} */ body) =>
    promisify(brotliCompress)(body, {
      params: {
        [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
        [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY,
        [zlib.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  gzip: (/** @type {Buffer} */ body) => promisify(gzip)(body, { level: 9 }),
};

/**
 * A request handler serving the site folder `root` (dist/ by default) with its `_headers`.
 * The headers file is re-read when it changes, so a rebuild's new CSP hashes apply at once.
 * @param {{ root?: string }} [options]
 * @returns {import('node:http').RequestListener}
 */
export function createHandler({ root = 'dist' } = {}) {
  const dir = resolve(root);
  const headersFile = join(dir, '_headers');
  /** @type {{ mtime: number; rules: import('./headers.mjs').HeaderRule[] }} */
  let headerCache = { mtime: -1, rules: [] };
  /** @type {Map<string, Buffer>} compressed bodies by file, version and encoding */
  const compressed = new Map();

  async function rules() {
    const info = await stat(headersFile).catch(() => null);
    const mtime = info?.mtimeMs ?? 0;
    if (mtime !== headerCache.mtime)
      headerCache = {
        mtime,
        rules: info ? parseHeaders(await readFile(headersFile, 'utf8')) : [],
      };
    return headerCache.rules;
  }

  return async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('Method not allowed\n');
        return;
      }
      const target = await resolvePath(dir, url.pathname);
      if (target.type === 'bad-request') {
        res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('Bad request\n');
        return;
      }
      const headersPath =
        target.type === 'file' ? target.headersPath : decodeURIComponent(url.pathname);
      const fromFile = Object.fromEntries(resolveHeaders(await rules(), headersPath).headers);

      if (target.type === 'redirect') {
        res.writeHead(301, {
          ...fromFile,
          location: `${target.location}${url.search}`,
          'content-length': '0',
        });
        res.end();
        return;
      }
      const info = await stat(target.file).catch(() => null);
      if (!info?.isFile()) {
        // A missing path on a site without 404.html.
        res.writeHead(404, { ...fromFile, 'content-type': 'text/plain; charset=utf-8' });
        res.end('Not found\n');
        return;
      }
      const type = contentTypes[extname(target.file).toLowerCase()] ?? 'application/octet-stream';
      const encoding = compressible.test(type)
        ? pickEncoding(req.headers['accept-encoding'])
        : null;
      const version = `${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}`;
      const etag = `W/"${version}${encoding && encoding !== 'identity' ? `-${encoding}` : ''}"`;
      // Lower-case names throughout, so the _headers values replace these defaults (e.g. the
      // Cache-Control of /sw.js) rather than add to them.
      /** @type {Record<string, string>} */
      const headers = {
        'content-type': type,
        'cache-control': defaultCacheControl,
        etag,
        ...(encoding ? { vary: 'Accept-Encoding' } : {}),
        ...fromFile,
      };
      const tags = (req.headers['if-none-match'] ?? '').split(',').map((t) => t.trim());
      if (target.status === 200 && tags.includes(etag)) {
        res.writeHead(304, headers);
        res.end();
        return;
      }
      /** @type {Buffer} */
      let body;
      if (encoding && encoding !== 'identity') {
        const key = `${target.file}\0${version}\0${encoding}`;
        body = compressed.get(key) ?? (await compressors[encoding](await readFile(target.file)));
        compressed.set(key, body);
        headers['content-encoding'] = encoding;
      } else body = await readFile(target.file);
      headers['content-length'] = String(body.length);
      res.writeHead(target.status, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Server error\n');
    }
  };
}

/**
 * Starts the server; resolves once it listens.
 * @param {{ root?: string; port?: number; host?: string }} [options]
 * @returns {Promise<{ server: import('node:http').Server; url: string }>}
 */
export function serve({ root = 'dist', port = 4321, host = '127.0.0.1' } = {}) {
  const server = createServer(createHandler({ root }));
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      const address = /** @type {import('node:net').AddressInfo} */ (server.address());
      const name = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      done({ server, url: `http://${name}:${address.port}/` });
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.PORT ?? '4321' },
      host: { type: 'string', default: '127.0.0.1' },
      dir: { type: 'string', default: 'dist' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a port number, not "${values.port}".`);
    process.exit(1);
  }
  const root = values.dir;
  if (!(await isFile(join(root, 'index.html')))) {
    console.error(`${root}/index.html not found: build the site first (npm run build).`);
    process.exit(1);
  }
  if (!(await isFile(join(root, '_headers'))))
    console.warn(`${root}/_headers not found: responses will carry no security headers.`);
  try {
    const { url } = await serve({ root, port, host: values.host });
    console.log(`Serving ${root}/ at ${url} with the headers of ${root}/_headers (Ctrl+C stops).`);
  } catch (error) {
    const code = /** @type {NodeJS.ErrnoException} */ (error).code;
    console.error(
      code === 'EADDRINUSE'
        ? `Port ${port} is in use: stop the other server or pass --port.`
        : String(error),
    );
    process.exit(1);
  }
}
