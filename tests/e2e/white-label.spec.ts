import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import brand from '../fixtures/brand.config';
import defaults from '../../src/site.config';
import { builtPages, expect, test } from '../support/site';

// Two builds at once would race on the project's .astro cache.
test.describe.configure({ mode: 'serial' });

/**
 * Builds the site with another config file (SITE_CONFIG) into a separate folder and checks that
 * the brand reached every page: name, accent colour, footer, icon and the embed loader.
 */
test('a build with another SITE_CONFIG re-brands every page', async () => {
  test.setTimeout(240_000);
  const outDir = mkdtempSync(join(tmpdir(), 'iik-white-label-'));
  try {
    execFileSync('npx', ['astro', 'build', '--outDir', outDir], {
      env: { ...process.env, SITE_CONFIG: 'tests/fixtures/brand.config.ts' },
      stdio: 'pipe',
    });
    const pages = builtPages(outDir);
    expect(pages.length).toBeGreaterThan(5);
    for (const path of pages) {
      const html = readFileSync(
        join(outDir, path.endsWith('/') ? `${path}index.html` : path),
        'utf8',
      );
      expect(html, path).toContain(`--accent-light:${brand.accent}`);
      expect(html, path).toContain(`--accent-dark:${brand.accentDark}`);
      expect(html, path).toMatch(new RegExp(`<title>[^<]*${brand.siteName}`));
      expect(html, path).not.toContain(defaults.siteName);
      expect(html, path).not.toContain(defaults.accent);
    }
    const home = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(home).toContain(`<meta name="theme-color" content="${brand.accent}"`);
    expect(home).toContain(brand.footerText);
    expect(home).toContain(brand.organization);
    expect(home).toContain(`href="${brand.contact!.href}"`);
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
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
});

test('a SITE_CONFIG whose accent fails WCAG AA stops the build', async () => {
  test.setTimeout(240_000);
  const outDir = mkdtempSync(join(tmpdir(), 'iik-white-label-'));
  try {
    let output = '';
    try {
      execFileSync('npx', ['astro', 'build', '--outDir', outDir], {
        env: { ...process.env, SITE_CONFIG: 'tests/fixtures/pale.config.ts' },
        stdio: 'pipe',
      });
    } catch (error) {
      const e = error as { stdout: Buffer; stderr: Buffer };
      output = `${e.stdout}${e.stderr}`;
    }
    expect(output).toMatch(/accent #ffd700 has a contrast of 1\.\d+:1 in the light theme/);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
});
