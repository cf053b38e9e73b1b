import { builtPages, expect, test } from '../support/site';
import { builtRules, resolveHeaders } from '../../scripts/headers.mjs';

const rules = builtRules();

/**
 * The rules themselves are checked on public/_headers by Vitest (tests/unit/public/headers.test.ts),
 * before any build. What only a build can show stays here: the file the build writes, with its
 * hash markers filled in, and the pages the real server sends with it.
 */
test('the built headers file has its hashes filled in and gives every built page one CSP', () => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(10);
  for (const path of pages) {
    const { headers, repeated } = resolveHeaders(rules, path);
    expect(repeated, path).toEqual([]);
    const csp = headers.get('content-security-policy') ?? '';
    expect(csp, path).toContain("default-src 'self'");
    expect(csp, path).not.toMatch(/inline-(script|style)-hashes/);
    expect(csp, path).not.toContain("'unsafe-inline'");
    // Embeds, in either language, may be framed by any site.
    if (/^\/(es\/)?embed\//.test(path)) expect(headers.has('x-frame-options'), path).toBe(false);
    else expect(headers.get('x-frame-options'), path).toBe('DENY');
  }
});

/**
 * The server the tests and `npm start` use (scripts/serve.mjs) must send what dist/_headers says,
 * as Netlify and Cloudflare Pages do: astro preview sent none of it.
 */
test.describe('served responses', () => {
  const served = async (request: import('@playwright/test').APIRequestContext, path: string) => {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(200);
    const csp = res.headers()['content-security-policy'];
    expect(csp, path).toBe(resolveHeaders(rules, path).headers.get('content-security-policy'));
    return { csp, frameOptions: res.headers()['x-frame-options'], headers: res.headers() };
  };

  for (const path of ['/guides/what-is-an-informational-interview/', '/tools/question-builder/']) {
    test(`${path} is served with its CSP and may not be framed`, async ({ request }) => {
      const { csp, frameOptions, headers } = await served(request, path);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("default-src 'self'");
      expect(frameOptions).toBe('DENY');
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['content-type']).toBe('text/html; charset=utf-8');
    });
  }

  test('an embed is served with a CSP that lets any site frame it', async ({ request }) => {
    const { csp, frameOptions } = await served(request, '/embed/outreach/');
    expect(csp).toContain('frame-ancestors *');
    expect(csp).not.toContain("frame-ancestors 'none'");
    expect(frameOptions).toBeUndefined();
  });

  test('a missing page is the 404 page, with status 404 and the 404 page’s CSP', async ({
    request,
  }) => {
    const res = await request.get('/no-such-page/');
    expect(res.status()).toBe(404);
    expect(await res.text()).toContain('<h1');
    expect(res.headers()['content-security-policy']).toBe(
      resolveHeaders(rules, '/404.html').headers.get('content-security-policy'),
    );
    expect(res.headers()['x-frame-options']).toBe('DENY');
    // Under /es/, the Spanish one (es/404.html), with its own rule's headers.
    const es = await request.get('/es/no-existe/');
    expect(es.status()).toBe(404);
    expect(await es.text()).toContain('<html lang="es"');
    expect(es.headers()['content-security-policy']).toBe(
      resolveHeaders(rules, '/es/404.html').headers.get('content-security-policy'),
    );
  });

  test('a folder without its slash redirects to it', async ({ request }) => {
    const res = await request.get('/tools/checklist', { maxRedirects: 0 });
    expect(res.status()).toBe(301);
    expect(res.headers().location).toBe('/tools/checklist/');
  });
});
