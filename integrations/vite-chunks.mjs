// @ts-check
/**
 * Vite plugin: the browser build's shared chunks from the list in `chunks.mjs`. Checks the list
 * as the build starts (every entry must exist) and hands Rolldown one test per group.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chunkGroups } from './chunks.mjs';

/** @typedef {import('./chunks.mjs').ChunkGroup} ChunkGroup */

const slashes = (/** @type {string} */ path) => path.replaceAll('\\', '/');
const lazy = /\.lazy\./;

/**
 * Whether a module id belongs to one entry of a group: the file itself, or any module under the
 * folder except those loaded on demand (`*.lazy.*`). A package (`node_modules/<name>/`) matches
 * wherever the package manager put it.
 * @param {string} entry @param {string} root @returns {(id: string) => boolean}
 */
export function entryTest(entry, root) {
  if (entry.startsWith('node_modules/')) {
    const part = `/${entry}`;
    return (id) => slashes(id).includes(part);
  }
  const path = slashes(resolve(root, entry));
  if (!entry.endsWith('/')) return (id) => slashes(id) === path;
  return (id) => {
    const file = slashes(id);
    return file.startsWith(`${path}/`) && !lazy.test(file.slice(file.lastIndexOf('/') + 1));
  };
}

/**
 * Throws, naming the entry, when an entry of `groups` names nothing that exists under `root`, or
 * a group repeats a name.
 * @param {ChunkGroup[]} groups @param {string} root
 */
export function checkChunkGroups(groups, root) {
  const names = new Set();
  for (const group of groups) {
    if (names.has(group.name)) throw new Error(`Chunk group "${group.name}" is listed twice.`);
    names.add(group.name);
    for (const entry of group.include)
      if (!existsSync(resolve(root, entry)))
        throw new Error(
          `Chunk group "${group.name}" lists "${entry}", which does not exist: rename it in integrations/chunks.mjs too, or take it out.`,
        );
  }
}

/**
 * Rolldown's code-splitting groups for `groups` (checked first).
 * @param {ChunkGroup[]} groups @param {string} root
 */
export function rolldownGroups(groups, root) {
  checkChunkGroups(groups, root);
  return groups.map(({ name, priority, include }) => {
    const tests = include.map((entry) => entryTest(entry, root));
    return { name, priority, test: (/** @type {string} */ id) => tests.some((t) => t(id)) };
  });
}

/**
 * The plugin: the groups apply to the browser build only (the server build has no chunks to
 * share with a page).
 * @param {{ root: string; groups?: ChunkGroup[] }} options
 * @returns {import('vite').Plugin}
 */
export default function viteChunks({ root, groups = chunkGroups }) {
  const codeSplitting = { groups: rolldownGroups(groups, root) };
  return {
    name: 'iik-chunks',
    apply: 'build',
    configEnvironment(name) {
      if (name !== 'client') return;
      return { build: { rolldownOptions: { output: { codeSplitting } } } };
    },
  };
}
