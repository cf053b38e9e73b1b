import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pickEncoding, resolvePath, serve } from '../../../scripts/serve.mjs';

/** A small built site: pages in folders, a 404 page, an asset, a service worker, a headers file. */
const root = mkdtempSync(join(tmpdir(), 'iik-serve-'));
const page = (title: string) =>
  `<!doctype html><title>${title}</title><p>${'A long paragraph. '.repeat(50)}</p>`;
const headersFile = `# comment
/*
  X-Content-Type-Options: nosniff
/guides/*
  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'
  X-Frame-Options: DENY
/404.html
  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'
/es/404.html
  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'; form-action 'self'
/embed/checklist/*
  Content-Security-Policy: default-src 'self'; frame-ancestors *
/sw.js
  Cache-Control: no-cache
`;
const files: Record<string, string> = {
  'index.html': page('Home'),
  '404.html': page('Not found'),
  'es/index.html': page('Inicio'),
  'es/404.html': page('No encontrada'),
  'guides/index.html': page('Guides'),
  'guides/first/index.html': page('First guide'),
  'embed/checklist/index.html': page('Embedded checklist'),
  'app.js': 'console.log("hello");'.repeat(40),
  'icon.png': '\x89PNG',
  'sw.js': 'self.addEventListener("fetch", () => {});',
  'empty/readme.txt': 'no index here',
  _headers: headersFile,
};
for (const [name, text] of Object.entries(files)) {
  mkdirSync(join(root, name, '..'), { recursive: true });
  writeFileSync(join(root, name), text);
}

let server: Server;
let base = '';
beforeAll(async () => {
  ({ server, url: base } = await serve({ root, port: 0 }));
});
afterAll(() => {
  server.close();
  rmSync(root, { recursive: true, force: true });
});

/** A raw request (no automatic decompression, unlike fetch). */
function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>(
    (done, fail) => {
      const req = request(new URL(path, base), { method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          done({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      });
      req.on('error', fail);
      req.end();
    },
  );
}

describe('serve: headers from _headers', () => {
  test('a guide gets its rule and the site-wide rule', async () => {
    const res = await get('/guides/first/');
    expect(res.status).toBe(200);
    expect(res.headers['content-security-policy']).toBe(
      "default-src 'self'; frame-ancestors 'none'",
    );
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  test('an embed page may be framed and carries no X-Frame-Options', async () => {
    const res = await get('/embed/checklist/');
    expect(res.headers['content-security-policy']).toContain('frame-ancestors *');
    expect(res.headers['x-frame-options']).toBeUndefined();
  });

  test('a header from _headers replaces the default Cache-Control', async () => {
    expect((await get('/sw.js')).headers['cache-control']).toBe('no-cache');
    expect((await get('/app.js')).headers['cache-control']).toBe(
      'public, max-age=0, must-revalidate',
    );
  });

  test('a rebuilt _headers applies without a restart', async () => {
    const file = join(root, '_headers');
    writeFileSync(
      file,
      headersFile.replace('X-Frame-Options: DENY', 'X-Frame-Options: SAMEORIGIN'),
    );
    // A different modification time, even on file systems with coarse timestamps.
    utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    try {
      expect((await get('/guides/first/')).headers['x-frame-options']).toBe('SAMEORIGIN');
    } finally {
      writeFileSync(file, headersFile);
      utimesSync(file, new Date(), new Date(Date.now() + 10_000));
    }
  });
});

describe('serve: paths', () => {
  test('serves a folder index and files with their content types', async () => {
    const home = await get('/');
    expect(home.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(home.body.toString()).toContain('<title>Home</title>');
    expect((await get('/app.js')).headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await get('/icon.png')).headers['content-type']).toBe('image/png');
  });

  test('redirects a folder without its slash, keeping the query', async () => {
    const res = await get('/guides/first?from=home');
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('/guides/first/?from=home');
  });

  test('redirects /folder/index.html to /folder/', async () => {
    const res = await get('/guides/index.html');
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('/guides/');
  });

  test('a missing page gets 404.html, status 404 and the headers of /404.html', async () => {
    for (const path of ['/nope/', '/guides/nope/', '/empty/', '/empty']) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(res.body.toString(), path).toContain('<title>Not found</title>');
      expect(res.headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    }
  });

  test('a missing page under a folder with its own 404.html gets that one, with its headers', async () => {
    for (const path of ['/es/nope/', '/es/guides/nope/', '/es/nope']) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(res.body.toString(), path).toContain('<title>No encontrada</title>');
      expect(res.headers['content-security-policy'], path).toContain("form-action 'self'");
    }
    // Beside the folder, not in it: the site's own page.
    expect((await get('/estonia/')).body.toString()).toContain('<title>Not found</title>');
  });

  test('never serves the headers file or anything outside the site folder', async () => {
    expect((await get('/_headers')).status).toBe(404);
    expect(await resolvePath(root, '/../package.json')).toMatchObject({ status: 404 });
    expect(await resolvePath(root, '/guides/%2e%2e/%2e%2e/etc/passwd')).toMatchObject({
      status: 404,
    });
    expect(await resolvePath(root, '/%5c..%5cpackage.json')).toMatchObject({ status: 404 });
    expect(await resolvePath(root, '/%E0%A4%A')).toEqual({ type: 'bad-request' });
  });

  test('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('/guides/first/', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-security-policy']).toBeTruthy();
    const post = await get('/', {}, 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });

  test('answers a matching If-None-Match with 304', async () => {
    const first = await get('/app.js', { 'accept-encoding': 'gzip' });
    const again = await get('/app.js', {
      'accept-encoding': 'gzip',
      'if-none-match': first.headers.etag!,
    });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });
});

describe('serve: compression', () => {
  test('sends brotli when the client accepts it, gzip otherwise, and says it varies', async () => {
    const br = await get('/guides/first/', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(brotliDecompressSync(br.body).toString()).toBe(files['guides/first/index.html']);
    expect(br.body.length).toBeLessThan(files['guides/first/index.html'].length / 4);
    const gz = await get('/app.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(files['app.js']);
    expect(Number(gz.headers['content-length'])).toBe(gz.body.length);
  });

  test('sends text as it is to a client that accepts no encoding, and images always', async () => {
    const plain = await get('/app.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(files['app.js']);
    const png = await get('/icon.png', { 'accept-encoding': 'br' });
    expect(png.headers['content-encoding']).toBeUndefined();
  });
});

describe('pickEncoding', () => {
  test('prefers brotli, then gzip, and honours q=0', () => {
    for (const accepted of ['gzip, deflate, br, zstd', '*'])
      expect(pickEncoding(accepted), accepted).toBe('br');
    expect(pickEncoding('gzip;q=1.0, br;q=0')).toBe('gzip');
    for (const accepted of ['identity', '', undefined])
      expect(pickEncoding(accepted), String(accepted)).toBe('identity');
  });
});
