import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, expect, fileTest as test } from '../support/site';

/** Every built JavaScript file under dist/_astro, by file name. */
const scripts = readdirSync('dist/_astro').filter((f) => f.endsWith('.js'));

test('every script the build emits is loaded by a page or by another script', () => {
  expect(scripts.length).toBeGreaterThan(3);
  const html = builtPages().map((p) =>
    readFileSync(join('dist', p.endsWith('/') ? `${p}index.html` : p), 'utf8'),
  );
  const code = scripts.map((f) => readFileSync(join('dist/_astro', f), 'utf8'));
  const orphans = scripts.filter(
    (name) =>
      !html.some((page) => page.includes(`/_astro/${name}`)) &&
      !code.some((other, i) => scripts[i] !== name && other.includes(`./${name}`)),
  );
  // An orphan is dead weight that the service worker still precaches on every visit.
  expect(orphans, 'scripts nothing loads').toEqual([]);
});
