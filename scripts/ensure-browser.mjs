// @ts-check
// Makes sure a Chromium exists for the end-to-end tests and the audit. Prefers a system browser;
// otherwise installs Playwright's own, and stops with a clear message when that fails.
import { spawnSync } from 'node:child_process';
import { findChromium } from './browser.mjs';

let path = await findChromium();
if (!path) {
  console.log("No Chromium found; installing Playwright's Chromium...");
  const result = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  path = result.status === 0 ? await findChromium() : null;
}
if (!path) {
  console.error(
    [
      'No browser for the end-to-end tests.',
      'Install Chromium with your package manager (Debian/Ubuntu: `sudo apt-get install -y chromium`),',
      'or set CHROMIUM_PATH to a Chrome or Chromium binary, or run `npx playwright install chromium`.',
    ].join('\n'),
  );
  process.exit(1);
}
console.log(`Browser: ${path}`);
