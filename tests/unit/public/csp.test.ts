import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

/** Every Content-Security-Policy value in the headers file, one per page group. */
const policies = readFileSync('public/_headers', 'utf8')
  .split('\n')
  .filter((line) => /^\s+Content-Security-Policy:/i.test(line))
  .map((line) => line.slice(line.indexOf(':') + 1).trim());

/**
 * Directives that Chromium, Gecko and WebKit all read without logging a console error.
 * `manifest-src` is left out on purpose: WebKit builds without web app manifest support report
 * it as unrecognized on every page, and `default-src 'self'` covers the manifest anyway.
 */
const readByEveryEngine = new Set([
  'default-src',
  'script-src',
  'style-src',
  'img-src',
  'font-src',
  'connect-src',
  'worker-src',
  'form-action',
  'base-uri',
  'object-src',
  'frame-ancestors',
]);

describe('Content-Security-Policy in public/_headers', () => {
  test('there is one policy per page group', () => {
    expect(policies.length).toBeGreaterThan(5);
  });

  test('names only directives every current engine reads without complaint', () => {
    const unread = policies.flatMap((policy) =>
      policy
        .split(';')
        .map((d) => d.trim().split(/\s+/)[0])
        .filter((name) => name && !readByEveryEngine.has(name)),
    );
    expect(unread).toEqual([]);
  });

  test('falls back to this origin for everything it does not name', () => {
    for (const policy of policies) expect(policy).toMatch(/(^|; )default-src 'self'(;|$)/);
  });
});
