// @ts-check
// `npm test`: the whole suite, failing fast. Lint and types, unit tests, a production build,
// the end-to-end tests against that build in Chromium, then the student journeys in the other
// browser engines that are installed (tests/engines/run.mjs says in one line which it skipped
// and how to install them; with CI set, a missing one fails).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('reports', { recursive: true });
for (const f of ['reports/vitest.json', 'reports/playwright.json', 'reports/engines.json'])
  rmSync(f, { force: true });
process.env.PLAYWRIGHT_JSON_OUTPUT_NAME = 'reports/playwright.json';

const steps = [
  ['Lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['Type check', 'npx', ['astro', 'check', '--minimumSeverity', 'warning']],
  [
    'Unit tests',
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=reports/vitest.json'],
  ],
  ['Build', 'npx', ['astro', 'build']],
  ['Browser', 'node', ['scripts/ensure-browser.mjs']],
  ['End-to-end tests', 'npx', ['playwright', 'test', '--reporter=list,json']],
  ['Other browser engines', 'node', ['tests/engines/run.mjs']],
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

/** Sums passed and failed tests from the two runners' JSON reports into one closing line. */
function totals() {
  let passed = 0;
  let failed = 0;
  if (existsSync('reports/vitest.json')) {
    const v = JSON.parse(readFileSync('reports/vitest.json', 'utf8'));
    passed += v.numPassedTests;
    failed += v.numFailedTests;
  }
  if (existsSync('reports/playwright.json')) {
    const p = JSON.parse(readFileSync('reports/playwright.json', 'utf8'));
    passed += p.stats.expected + p.stats.flaky;
    failed += p.stats.unexpected;
  }
  if (existsSync('reports/engines.json')) {
    const e = JSON.parse(readFileSync('reports/engines.json', 'utf8'));
    for (const engine of e.engines) {
      passed += engine.passed;
      failed += engine.failed;
    }
  }
  return { passed, failed };
}

const { passed, failed } = totals();
console.log(`\ntests: ${passed} passed, ${failed} failed`);
if (failed > 0 || passed === 0) process.exit(1);
