// @ts-check
import { afterBuild } from './after-build.mjs';
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Marker in public/_headers replaced by the hashes of every inline script and style. */
export const SCRIPT_MARKER = "'inline-script-hashes'";
export const STYLE_MARKER = "'inline-style-hashes'";

/** @param {string} text */
const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** @param {string} dir @returns {AsyncGenerator<string>} */
async function* htmlFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

/**
 * Collects the CSP hashes of inline scripts and styles in built HTML. JSON data blocks
 * (`application/ld+json`) are not executed, so they need no hash.
 * @param {string} html
 */
export function inlineHashes(html) {
  const scripts = new Set();
  const styles = new Set();
  for (const m of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1] ?? '';
    if (/\bsrc=/.test(attrs) || /type="application\/(ld\+)?json"/.test(attrs)) continue;
    if (m[2].trim()) scripts.add(sha256(m[2]));
  }
  for (const m of html.matchAll(/<style(\s[^>]*)?>([\s\S]*?)<\/style>/gi)) styles.add(sha256(m[2]));
  return { scripts, styles };
}

/**
 * Astro inlines a small hydration runtime and a few styles. A strict Content-Security-Policy
 * (no 'unsafe-inline') must list their hashes; they change with Astro versions and content, so
 * they are computed from the built pages and written into dist/_headers after every build.
 * @returns {import('astro').AstroIntegration}
 */
export default function cspHashes() {
  return afterBuild('iik-csp-hashes', async (outDir, logger) => {
    const scripts = new Set();
    const styles = new Set();
    for await (const file of htmlFiles(outDir)) {
      const found = inlineHashes(await readFile(file, 'utf8'));
      found.scripts.forEach((h) => scripts.add(h));
      found.styles.forEach((h) => styles.add(h));
    }
    const headersPath = join(outDir, '_headers');
    const headers = await readFile(headersPath, 'utf8');
    if (!headers.includes(SCRIPT_MARKER) || !headers.includes(STYLE_MARKER)) {
      throw new Error('public/_headers must contain the inline hash markers in its CSP.');
    }
    await writeFile(
      headersPath,
      headers
        .replaceAll(SCRIPT_MARKER, [...scripts].sort().join(' '))
        .replaceAll(STYLE_MARKER, [...styles].sort().join(' ')),
    );
    logger.info(`CSP: ${scripts.size} inline script and ${styles.size} inline style hashes.`);
  });
}
