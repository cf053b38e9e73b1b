import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/**
 * Copies the project into a scratch folder, adds one content file (a path under the project,
 * e.g. `src/content/guides/x.mdx`), runs `astro sync` there and returns its exit status and
 * output, so a test can check that bad content stops the build and says where. The folder is
 * removed afterwards.
 */
export function syncWithFile(
  path: string,
  text: string,
): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'iik-content-'));
  try {
    for (const name of [
      'src',
      'public',
      'integrations',
      'astro.config.mjs',
      'tsconfig.json',
      'package.json',
    ])
      cpSync(join(root, name), join(dir, name), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    writeFileSync(join(dir, path), text);
    const run = spawnSync('npx', ['astro', 'sync'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, CI: '1' },
    });
    return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
