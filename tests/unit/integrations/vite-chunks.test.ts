import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import { afterAll, describe, expect, test } from 'vitest';
import { chunkGroups } from '../../../integrations/chunks.mjs';
import { checkChunkGroups, entryTest, rolldownGroups } from '../../../integrations/vite-chunks.mjs';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

// A small project: two pages share a folder and a file, one page loads a module on demand.
const root = mkdtempSync(join(tmpdir(), 'iik-chunks-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const files: Record<string, string> = {
  'page-a.js': `import { one } from './shared/one.js'; import { two } from './shared/deep/two.js'; import { x } from './lib/x.js';
    console.log(one(), two(), x()); import('./shared/later.lazy.js').then((m) => console.log(m.later()));`,
  'page-b.js': `import { one } from './shared/one.js'; import { x } from './lib/x.js'; import { y } from './lib/y.js'; console.log(one(), x(), y());`,
  'shared/one.js': `export function one() { return globalThis.name + 'one'; }`,
  'shared/deep/two.js': `export function two() { return globalThis.name + 'two'; }`,
  'shared/later.lazy.js': `export function later() { return globalThis.name + 'later'; }`,
  'lib/x.js': `export function x() { return globalThis.name + 'x'; }`,
  'lib/y.js': `export function y() { return globalThis.name + 'y'; }`,
};
for (const [path, text] of Object.entries(files)) {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}

/** The chunk each fixture module lands in, built with the groups the plugin makes. */
async function chunksOf(groups: Parameters<typeof rolldownGroups>[0]) {
  const out = (await build({
    root,
    logLevel: 'silent',
    configFile: false,
    build: {
      write: false,
      minify: false,
      rolldownOptions: {
        input: { a: join(root, 'page-a.js'), b: join(root, 'page-b.js') },
        output: { codeSplitting: { groups: rolldownGroups(groups, root) } },
      },
    },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const where: Record<string, string> = {};
  for (const item of [out].flat()[0].output)
    if (item.type === 'chunk')
      for (const id of item.moduleIds) where[id.slice(root.length + 1)] = item.name;
  return where;
}

describe('chunk groups as data', () => {
  test('each listed module lands in the chunk the list names; a folder takes all but its lazy modules', async () => {
    const where = await chunksOf([
      { name: 'common', priority: 1, why: '', include: ['shared/', 'lib/x.js'] },
      { name: 'extra', priority: 0, why: '', include: ['lib/y.js', 'lib/'] },
    ]);
    expect(where['shared/one.js']).toBe('common');
    expect(where['shared/deep/two.js']).toBe('common');
    expect(where['lib/x.js']).toBe('common');
    expect(where['lib/y.js']).toBe('extra');
    expect(where['shared/later.lazy.js']).not.toBe('common');
  });

  test('a listed file or folder that does not exist stops the build, naming it', () => {
    const groups = [
      { name: 'common', priority: 1, why: '', include: ['shared/', 'lib/renamed.js'] },
    ];
    expect(() => checkChunkGroups(groups, root)).toThrow(/"common" lists "lib\/renamed\.js"/);
    expect(() => rolldownGroups(groups, root)).toThrow(/lib\/renamed\.js/);
    expect(() =>
      checkChunkGroups(
        [
          { name: 'common', priority: 1, why: '', include: [] },
          { name: 'common', priority: 0, why: '', include: [] },
        ],
        root,
      ),
    ).toThrow(/listed twice/);
  });

  test("the project's list names only what exists, and says why for each group", () => {
    expect(() => checkChunkGroups(chunkGroups, projectRoot)).not.toThrow();
    for (const group of chunkGroups) expect(group.why.length).toBeGreaterThan(40);
  });

  test('the project list puts the plans state in runtime and leaves what loads on demand out', () => {
    const runtime = chunkGroups.find((g) => g.name === 'runtime')!;
    const inRuntime = (path: string) =>
      runtime.include.some((entry) => entryTest(entry, projectRoot)(join(projectRoot, path)));
    expect(inRuntime('src/lib/plans/state.ts')).toBe(true);
    expect(inRuntime('node_modules/valibot/dist/index.js')).toBe(true);
    expect(inRuntime('src/lib/plans/file.lazy.ts')).toBe(false);
    expect(inRuntime('src/lib/plans-extra/state.ts')).toBe(false);
  });
});
