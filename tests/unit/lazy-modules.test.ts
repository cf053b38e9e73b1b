import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { chunkGroups } from '../../integrations/chunks.mjs';

/**
 * One loading convention (README "Loading on demand"): a module loaded on demand is named
 * `*.lazy.*`, and that name means the code calls `import()` on it. The chunk list
 * (integrations/chunks.mjs) leaves such modules out of its folders by that name, so a module
 * loaded on demand under another name would be pulled into a chunk every page loads.
 */
const root = resolve('src');
const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.(ts|tsx|mjs|js|astro)$/.test(f))
  .map((f) => join(root, f));
const isLazy = (file: string) => /\.lazy\.[a-z]+$/.test(file);
/** `import('…')` calls, not `typeof import('…')` types. */
const dynamicImport = /(?<!typeof\s*)\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
const extensions = ['.ts', '.tsx', '.mjs', '.js', '/index.ts'];

/** The file an import specifier names, relative to src/; null for a package. */
function target(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  const file = [base, ...extensions.map((e) => base + e)].find((f) => files.includes(f));
  return relative(root, file ?? base);
}

/** Static imports and re-exports that load code (`import type` and `import { type … }` alone do not). */
const staticImport = /^(?:import|export)\s+(?!type\s)([^'";]*?)\s*from\s*['"]([^'"]+)['"]/gm;
const typesOnly = (names: string) =>
  /^\{[^}]*\}$/.test(names) &&
  names
    .slice(1, -1)
    .split(',')
    .every((n) => !n.trim() || n.trim().startsWith('type '));

const loadedOnDemand = new Map<string, string[]>();
const importedBy = new Map<string, string[]>();
for (const file of files) {
  // An .astro file's frontmatter runs at build time: only its <script>s load in the browser.
  const source = readFileSync(file, 'utf8');
  const text = file.endsWith('.astro')
    ? [...source.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n')
    : source;
  const from = relative(root, file);
  for (const [, spec] of text.matchAll(dynamicImport)) {
    const to = target(file, spec);
    if (to) loadedOnDemand.set(to, [...(loadedOnDemand.get(to) ?? []), from]);
  }
  for (const [, names, spec] of text.matchAll(staticImport)) {
    const to = target(file, spec);
    if (to && !typesOnly(names.replace(/\s+/g, ' ').trim()))
      importedBy.set(to, [...(importedBy.get(to) ?? []), from]);
  }
}

// What a page loads at once: the modules nothing imports in the browser (pages, .astro
// components, page scripts) and, from them, every static import that loads code.
const all = files.map((f) => relative(root, f));
const eager = new Set(all.filter((f) => !importedBy.has(f) && !loadedOnDemand.has(f)));
for (let grew = true; grew;) {
  grew = false;
  for (const [to, by] of importedBy)
    if (!eager.has(to) && by.some((b) => eager.has(b))) grew = eager.add(to) !== null;
}

describe('modules loaded on demand', () => {
  test('are found (the scan reads import() calls and imports)', () => {
    expect(loadedOnDemand.size).toBeGreaterThan(10);
    expect(importedBy.size).toBeGreaterThan(100);
  });

  test('are named *.lazy.*, wherever import() names them', () => {
    const misnamed = [...loadedOnDemand].filter(([to]) => !isLazy(to));
    expect(misnamed.map(([to, by]) => `${to} (import() in ${by.join(', ')})`)).toEqual([]);
  });

  test('and a module named *.lazy.* loads only on demand: import() names it (or another module loaded on demand imports it), and no module a page loads at once imports it', () => {
    const wrong = all.filter(isLazy).flatMap((f) => {
      if (eager.has(f)) {
        const by = importedBy.get(f)!.filter((b) => eager.has(b));
        return [`${f} (loads at once, imported by ${by.join(', ')})`];
      }
      return loadedOnDemand.has(f) || importedBy.has(f) ? [] : [`${f} (nothing loads it)`];
    });
    expect(wrong).toEqual([]);
  });

  test('under a folder the chunk list groups, are named *.lazy.* (or the group would load them at once)', () => {
    const folders = chunkGroups
      .flatMap((g) => g.include)
      .filter((entry) => entry.startsWith('src/') && entry.endsWith('/'))
      .map((entry) => entry.slice('src/'.length));
    const dragged = all.filter(
      (f) => folders.some((dir) => f.startsWith(dir)) && !eager.has(f) && !isLazy(f),
    );
    expect(dragged).toEqual([]);
  });
});
