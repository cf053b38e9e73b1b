import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, systemChromium } from './scripts/browser.mjs';

/**
 * Port of the server the tests start (E2E_PORT lets parallel checkouts coexist). It is the server
 * `npm start` runs: dist/ with the headers of dist/_headers on every response.
 */
const port = Number(process.env.E2E_PORT ?? 4399);
const executablePath = systemChromium() ?? undefined;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    // Each test's fresh browser would install the offline worker, which downloads the whole site
    // in the background while the test runs: only the offline test lets it (checklist.spec.ts).
    serviceWorkers: 'block',
    launchOptions: { executablePath, args: chromiumArgs },
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions: { executablePath, args: chromiumArgs } },
    },
  ],
  webServer: {
    command: `node scripts/serve.mjs --port ${port} --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
