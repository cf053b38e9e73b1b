// @ts-check
/**
 * The student journeys (journeys.mjs) in the browser engines besides Chromium: Firefox ESR and
 * WebKitGTK, the browsers Debian ships. Which engines exist, and what the conformance report says
 * of them, is one list: `engines` in src/content/conformance/wcag-2.2.yaml.
 *
 *   node tests/engines/run.mjs                   every engine whose browser is installed
 *   node tests/engines/run.mjs --engine=webkit   one engine
 *   node tests/engines/run.mjs --dir=/tmp/site   another build than dist/
 *   JOURNEYS=checklist,offline node tests/engines/run.mjs   those journeys only
 *
 * Each engine gets its own server (scripts/serve.mjs over dist/, with the headers of _headers, so
 * the CSP is enforced) on a free port, and its browser; both engines run at once. Screenshots go
 * to test-results/engines/<engine>/<tool>-<width>.png, results to reports/engines.json.
 * With CI set, an engine whose browser is missing fails the run instead of being skipped.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as netServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { journeys } from './journeys.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));

/** @typedef {{ id: string, name: string, driver: string }} EngineEntry */
/** The engines the conformance report names (Chromium runs in Playwright, not here). */
const listed = /** @type {EngineEntry[]} */ (
  parse(readFileSync(`${root}src/content/conformance/wcag-2.2.yaml`, 'utf8')).engines
);

/**
 * How to find, install and start each engine this runner drives.
 * @type {Record<string, { binaries: string[], apt: string, display: boolean, start: string }>}
 */
const drivers = {
  firefox: {
    binaries: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
    apt: 'firefox-esr',
    display: false,
    start: 'startFirefox',
  },
  webkit: {
    binaries: ['/usr/bin/WebKitWebDriver', '/usr/local/bin/WebKitWebDriver'],
    apt: 'webkit2gtk-driver xvfb',
    display: true,
    start: 'startWebKit',
  },
};

const engines = listed.filter((e) => e.id !== 'chromium');
for (const e of engines)
  if (!drivers[e.id]) throw new Error(`engine ${e.id} is in the report but has no driver here`);

const binaryOf = (/** @type {string} */ id) =>
  (process.env[`${id.toUpperCase()}_PATH`] &&
  existsSync(process.env[`${id.toUpperCase()}_PATH`] ?? '')
    ? process.env[`${id.toUpperCase()}_PATH`]
    : drivers[id].binaries.find((b) => existsSync(b))) ?? null;
const hasXvfb = () =>
  spawnSync('sh', ['-c', 'command -v xvfb-run'], { stdio: 'ignore' }).status === 0;

/** A free local port. @returns {Promise<number>} */
const freePort = () =>
  new Promise((resolve) => {
    const s = netServer().listen(0, '127.0.0.1', () => {
      const address = /** @type {import('node:net').AddressInfo} */ (s.address());
      s.close(() => resolve(address.port));
    });
  });

const args = process.argv.slice(2);
const child = args.find((a) => a.startsWith('--child='))?.slice('--child='.length);
const dir = args.find((a) => a.startsWith('--dir='))?.slice('--dir='.length) ?? 'dist';

if (child) await runEngine(child);
else await runAll();

/** Starts one child process per engine present, at once, and sums up. */
async function runAll() {
  const only = args
    .find((a) => a.startsWith('--engine='))
    ?.slice('--engine='.length)
    .split(',');
  const wanted = engines.filter((e) => !only || only.includes(e.id));
  if (only && wanted.length !== only.length)
    throw new Error(
      `unknown engine in ${only.join(',')}: known ${engines.map((e) => e.id).join(', ')}`,
    );
  const missing = wanted.filter(
    (e) => !binaryOf(e.id) || (drivers[e.id].display && !process.env.DISPLAY && !hasXvfb()),
  );
  const present = wanted.filter((e) => !missing.includes(e));
  if (missing.length)
    console.log(
      `Skipped ${missing.map((e) => e.name).join(' and ')}: browser not installed ` +
        `(Debian/Ubuntu: sudo apt-get install -y ${missing.map((e) => drivers[e.id].apt).join(' ')}).`,
    );
  mkdirSync(`${root}reports`, { recursive: true });
  const results = await Promise.all(
    present.map(
      (e) =>
        /** @type {Promise<{ id: string, status: number | null }>} */ (
          new Promise((resolve) => {
            const node = [process.execPath, `${here}run.mjs`, `--child=${e.id}`, `--dir=${dir}`];
            const cmd =
              drivers[e.id].display && !process.env.DISPLAY ? ['xvfb-run', '-a', ...node] : node;
            const p = spawn(cmd[0], cmd.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
            const prefix = (/** @type {Buffer} */ chunk) =>
              String(chunk)
                .split('\n')
                .filter(Boolean)
                .forEach((line) => console.log(`[${e.id}] ${line}`));
            p.stdout.on('data', prefix);
            p.stderr.on('data', prefix);
            p.on('close', (status) => resolve({ id: e.id, status }));
          })
        ),
    ),
  );
  const report = results.map((r) => ({
    engine: r.id,
    ...JSON.parse(
      existsSync(`${root}reports/engines-${r.id}.json`)
        ? readFileSync(`${root}reports/engines-${r.id}.json`, 'utf8')
        : '{"passed":0,"failed":1}',
    ),
  }));
  writeFileSync(
    `${root}reports/engines.json`,
    JSON.stringify({ engines: report, skipped: missing.map((e) => e.id) }, null, 2),
  );
  const failed = results.filter((r) => r.status !== 0).map((r) => r.id);
  if (failed.length) console.error(`Engines failed: ${failed.join(', ')}`);
  // On CI every engine is installed by .ci/run: one that did not run is a failure.
  if (process.env.CI && missing.length) console.error('CI: an engine did not run.');
  process.exit(failed.length || (process.env.CI && missing.length) ? 1 : 0);
}

/** Runs every journey in one engine and writes reports/engines-<id>.json. @param {string} id */
async function runEngine(id) {
  const started = Date.now();
  const serverPort = await freePort();
  const origin = `http://127.0.0.1:${serverPort}`;
  const server = spawn(
    process.execPath,
    [`${root}scripts/serve.mjs`, '--port', String(serverPort), '--host', '127.0.0.1', '--dir', dir],
    { stdio: 'ignore', cwd: root },
  );
  // Another site's page framing an embed: `localhost`, another origin than 127.0.0.1. The frame
  // fits the window, so a control scrolled into view inside it is on screen too.
  const host = createServer((req, res) => {
    const tool = new URL(req.url ?? '/', 'http://host').searchParams.get('tool') ?? 'checklist';
    res.writeHead(200, {
      'Content-Type': 'text/html',
      'Content-Security-Policy': `default-src 'none'; img-src data:; frame-src ${origin}`,
    });
    res.end(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Career center</title><link rel="icon" href="data:,"></head>` +
        `<body><main><h1>Plan your conversations</h1><iframe src="${origin}/embed/${tool}/" title="${tool}" width="100%" height="700"></iframe></main></body></html>`,
    );
  });
  const hostPort = await new Promise((resolve) =>
    host.listen(0, '127.0.0.1', () =>
      resolve(/** @type {import('node:net').AddressInfo} */ (host.address()).port),
    ),
  );
  const stop = () => {
    server.kill();
    host.close();
  };
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(origin).then(
      () => true,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const shots = `${root}test-results/engines/${id}`;
  mkdirSync(shots, { recursive: true });
  const module = await import(`./${id}.mjs`);
  /** @returns {Promise<import('./driver.mjs').Driver>} */
  const startBrowser = () =>
    module[drivers[id].start]({ binary: binaryOf(id), origin, shots }).catch(
      (/** @type {Error} */ e) => {
        stop();
        throw e;
      },
    );
  let d = await startBrowser();
  console.log(`${d.name}: browser started in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const ctx = {
    hostPage: (/** @type {string} */ tool) => `http://localhost:${hostPort}/?tool=${tool}`,
    goOffline: async () => void server.kill(),
  };
  let passed = 0;
  /** @type {string[]} */
  const failures = [];
  // JOURNEYS=checklist,offline runs only those (a journey may rely on one before it).
  const tools = process.env.JOURNEYS?.split(',');
  let first = true;
  for (const j of journeys.filter((x) => !tools || tools.includes(x.tool))) {
    const t = Date.now();
    if (j.freshBrowser && !first) {
      await d.close();
      d = await startBrowser();
    }
    first = false;
    /** @type {string[]} */
    const problems = [];
    try {
      await j.run(d, ctx);
    } catch (e) {
      problems.push(/** @type {Error} */ (e).message);
    }
    await d
      .shot(`${j.tool}-1280.png`, 1280)
      .catch((/** @type {Error} */ e) => problems.push(`screenshot: ${e.message}`));
    await d
      .shot(`${j.tool}-390.png`, 390)
      .catch((/** @type {Error} */ e) => problems.push(`screenshot: ${e.message}`));
    problems.push(...(await d.problems()));
    const time = `${((Date.now() - t) / 1000).toFixed(1)} s`;
    if (problems.length === 0) {
      passed++;
      console.log(`  ✓ ${j.tool} (${time})`);
    } else {
      failures.push(j.tool);
      console.log(`  ✘ ${j.tool} (${time})\n${problems.map((p) => `      ${p}`).join('\n')}`);
    }
  }
  await d.close();
  stop();
  writeFileSync(
    `${root}reports/engines-${id}.json`,
    JSON.stringify({
      passed,
      failed: failures.length,
      failures,
      seconds: (Date.now() - started) / 1000,
    }),
  );
  console.log(
    `${d.name}: ${passed} passed, ${failures.length} failed in ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in test-results/engines/${id}/`,
  );
  process.exit(failures.length ? 1 : 0);
}
