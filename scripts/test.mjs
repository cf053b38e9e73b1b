// @ts-check
// `npm test`: the whole suite, failing fast. Lint and types, unit tests, a production build,
// then the end-to-end tests against that build.
import { spawnSync } from 'node:child_process';

const steps = [
  ['Lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['Type check', 'npx', ['astro', 'check', '--minimumSeverity', 'warning']],
  ['Unit tests', 'npx', ['vitest', 'run']],
  ['Build', 'npx', ['astro', 'build']],
  ['Browser', 'node', ['scripts/ensure-browser.mjs']],
  ['End-to-end tests', 'npx', ['playwright', 'test']],
];

for (const [name, cmd, args] of steps) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const { status } = spawnSync(/** @type {string} */ (cmd), /** @type {string[]} */ (args), {
    stdio: 'inherit',
  });
  if (status !== 0) {
    console.error(`\n✖ ${name} failed.`);
    process.exit(status ?? 1);
  }
  console.log(`✔ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
