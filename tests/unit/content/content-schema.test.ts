import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(join(tmpdir(), 'iik-schema-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Copies the project's sources into a scratch folder and adds one guide file to it. */
function projectWith(file: string, frontmatter: string) {
  const dir = mkdtempSync(join(work, 'p-'));
  for (const name of [
    'src',
    'public',
    'integrations',
    'astro.config.mjs',
    'tsconfig.json',
    'package.json',
  ]) {
    cpSync(join(root, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'src/content/guides', file), `---\n${frontmatter}\n---\n\nBody text.\n`);
  return dir;
}

function sync(dir: string) {
  const run = spawnSync('npx', ['astro', 'sync'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, CI: '1' },
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

describe('guides collection schema', () => {
  test('a guide without a title fails the build, naming the file and the field', () => {
    const dir = projectWith(
      'no-title.mdx',
      'description: A guide that forgot its title but has a long enough description.\nsection: how\norder: 99\nupdated: 2026-11-25\ntools: [checklist]',
    );
    const { status, output } = sync(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('no-title.mdx');
    expect(output).toMatch(/title/);
  }, 120_000);

  test('a complete guide passes', () => {
    const dir = projectWith(
      'complete.mdx',
      'title: A complete guide\ndescription: A guide with every field the schema asks for, filled in.\nsection: how\norder: 99\nupdated: 2026-11-25\ntools: [checklist]',
    );
    expect(sync(dir).status).toBe(0);
  }, 120_000);
});
