import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(join(tmpdir(), 'iik-templates-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Copies the project into a scratch folder with one extra template file, then syncs content. */
function syncWithTemplate(file: string, yaml: string) {
  const dir = mkdtempSync(join(work, 'p-'));
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
  writeFileSync(join(dir, 'src/content/templates', file), yaml);
  const run = spawnSync('npx', ['astro', 'sync'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, CI: '1' },
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

const base = `label: Test channel
order: 99
when: Only in this test, never on the site.
medium: email
stage: first
maxWords: 100
warm:
  subject: Advice on {interest}
`;

describe('templates collection schema', () => {
  test('a template with an unknown placeholder fails the build, naming the file and the placeholder', () => {
    const { status, output } = syncWithTemplate(
      'typo.yaml',
      `${base}  body: Hi {theirname}, would you be open to {ask} sometime soon?\n`,
    );
    expect(status).not.toBe(0);
    expect(output).toContain('typo.yaml');
    expect(output).toContain('{theirname}');
  }, 120_000);

  test('a template with known placeholders passes', () => {
    const { status } = syncWithTemplate(
      'fine.yaml',
      `${base}  body: Hi {theirName}, would you be open to {ask} sometime soon?\n`,
    );
    expect(status).toBe(0);
  }, 120_000);
});
