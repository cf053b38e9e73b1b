import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { afterAll, describe, expect, test } from 'vitest';
import brand from '../fixtures/brand.config';
import defaults from '../../src/site.config';
import { builtHtml, builtPages } from '../support/pages';
import { langFromPath } from '../../src/lib/i18n/lang';
import { siteIn } from '../../src/lib/i18n/site';

/** One whole build: about 10 s on an idle 2-core machine; room for a busy one. */
const buildTimeout = 180_000;

/**
 * What Vitest and Vite put in the environment of a test (NODE_ENV=test, DEV, MODE, SITE, …):
 * a build that inherited them would not be the production build a career center runs.
 */
const testOnly = /^(VITEST.*|TEST|NODE_ENV|MODE|DEV|PROD|SSR|SITE|BASE_URL|ASSETS_PREFIX)$/;
const buildEnv = (siteConfig: string) => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !testOnly.test(k))),
  SITE_CONFIG: siteConfig,
});

/** Temporary build folders, removed afterwards; dist/ is never touched. */
const folders: string[] = [];
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** `astro build` with SITE_CONFIG into a fresh temporary folder; resolves with its output. */
async function build(siteConfig: string) {
  const outDir = mkdtempSync(join(tmpdir(), 'iik-white-label-'));
  folders.push(outDir);
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir],
      { env: buildEnv(siteConfig), maxBuffer: 64 * 1024 * 1024 },
    );
    return { ok: true, outDir, output: `${stdout}${stderr}` };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, outDir, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

// The tests in this file run one after the other: two builds at once would race on the
// project's .astro cache. Vitest runs before the main build in `npm test`, so none overlaps it.
describe('a white-label build (SITE_CONFIG)', () => {
  test(
    're-brands every page: name, accent colour, footer, icons and the embed loader',
    async () => {
      const { ok, outDir, output } = await build('tests/fixtures/brand.config.ts');
      expect(ok, output).toBe(true);
      const pages = builtPages(outDir);
      expect(pages.length).toBeGreaterThan(5);
      for (const path of pages) {
        const html = builtHtml(path, outDir);
        expect(html, path).toContain(`--accent-light:${brand.accent}`);
        expect(html, path).toContain(`--accent-dark:${brand.accentDark}`);
        // In the page's language: the Spanish pages take the brand's Spanish name.
        expect(html, path).toMatch(
          new RegExp(`<title>[^<]*${siteIn(brand, langFromPath(path)).siteName}`),
        );
        expect(html, path).not.toContain(defaults.siteName);
        expect(html, path).not.toContain(defaults.es!.siteName!);
        expect(html, path).not.toContain(defaults.accent);
      }
      const home = readFileSync(join(outDir, 'index.html'), 'utf8');
      expect(home).toContain(`<meta name="theme-color" content="${brand.accent}"`);
      expect(home).toContain(brand.footerText);
      expect(home).toContain(brand.organization);
      expect(home).toContain(`href="${brand.contact!.href}"`);
      const spanishHome = readFileSync(join(outDir, 'es', 'index.html'), 'utf8');
      for (const text of [brand.es!.footerText!, brand.es!.organization!, brand.es!.contact!.label])
        expect(spanishHome).toContain(text);
      expect(readFileSync(join(outDir, 'favicon.svg'), 'utf8')).toContain(`fill="${brand.accent}"`);
      expect(readFileSync(join(outDir, 'embed.js'), 'utf8')).toContain(`(${brand.siteName})`);
      // The PNG app icons are drawn in the brand's accent too: sample the tile above the mark.
      for (const [file, size] of [
        ['icon-192.png', 192],
        ['icon-512.png', 512],
        ['icon-maskable-512.png', 512],
      ] as const) {
        const { data, info } = await sharp(join(outDir, 'icons', file))
          .raw()
          .toBuffer({ resolveWithObject: true });
        expect(info.width, file).toBe(size);
        const at = (Math.round(size * 0.1) * info.width + Math.round(size / 2)) * info.channels;
        const hex = `#${[...data.subarray(at, at + 3)].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
        expect(hex, file).toBe(brand.accent);
      }
    },
    buildTimeout,
  );

  test(
    'stops with a clear message when the accent fails WCAG AA',
    async () => {
      const { ok, output } = await build('tests/fixtures/pale.config.ts');
      expect(ok).toBe(false);
      expect(output).toMatch(/accent #ffd700 has a contrast of 1\.\d+:1 in the light theme/);
    },
    buildTimeout,
  );
});
