import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { writeServiceWorker } from '../../../integrations/service-worker.mjs';

// A small built site: the home page, a guide, the two offline pages, a script and the 404 page.
const root = mkdtempSync(join(tmpdir(), 'iik-sw-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
for (const path of [
  'index.html',
  'guides/who-to-ask/index.html',
  'offline/index.html',
  'es/offline/index.html',
  '404.html',
  '_astro/runtime.abc123.js',
]) {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), `<!-- ${path} -->`);
}
await writeServiceWorker(root);
const worker = readFileSync(join(root, 'sw.js'), 'utf8');
const precached = [...worker.matchAll(/url:\s*"([^"]*)"/g)].map((m) => m[1]);
const fallbacks = [...worker.matchAll(/fallbackURL:\s*"([^"]*)"/g)].map((m) => m[1]);

describe('writeServiceWorker', () => {
  test('precaches each page at its address, which the hosts answer without a redirect', () => {
    expect(precached).toEqual(
      expect.arrayContaining(['./', 'guides/who-to-ask/', 'offline/', 'es/offline/', '404.html']),
    );
    expect(precached.filter((url) => url.endsWith('index.html'))).toEqual([]);
  });

  test('answers an unsaved address offline with an offline page it precached', () => {
    expect(fallbacks.sort()).toEqual(['/es/offline/', '/offline/']);
    for (const url of fallbacks) expect(precached).toContain(url.slice(1));
  });
});
