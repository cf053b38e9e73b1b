// @ts-check
/**
 * Vite plugin: lazy chunks load with a plain import(), without Vite's preload helper.
 */

const helper = '__vitePreload';
const marker = ', __VITE_PRELOAD__';

/**
 * Unwraps each `__vitePreload(() => …, __VITE_PRELOAD__)` in a chunk as Rolldown renders it,
 * before it is minified: what is left is the factory's body, the direct call the helper would
 * make. The body runs to the call's matching bracket (import paths and the `.then()` callbacks
 * of a chunk hold no unmatched brackets); a call of any other shape is left as it is.
 * @param {string} code
 */
export function unwrapPreloads(code) {
  let out = '';
  let at = 0;
  for (const m of code.matchAll(/\b__vitePreload\((?:async )?\(\) => /g)) {
    if (m.index < at) continue;
    const open = m.index + helper.length;
    let depth = 0;
    let end = open;
    for (; end < code.length; end++) {
      if (code[end] === '(') depth++;
      else if (code[end] === ')' && --depth === 0) break;
    }
    const inner = code.slice(open + 1, end);
    if (depth !== 0 || !inner.endsWith(marker)) continue;
    const factory = inner.slice(0, -marker.length);
    // `() => import(…)` is its own body; a block (`async () => { … await import(…) … }`) is
    // called where it stands.
    out +=
      code.slice(at, m.index) +
      (factory.startsWith('() => ') ? factory.slice('() => '.length) : `(${factory})()`);
    at = end + 1;
  }
  return out + code.slice(at);
}

/**
 * Takes the helper out of a rendered chunk once no call of it is left: its name from the chunk's
 * imports (keeping the import itself, which loads the chunk it names) and, in the chunk that
 * holds the helper, its definition and export. The minifier then has nothing of it to keep.
 * @param {string} code
 */
export function dropHelper(code) {
  const others = (/** @type {string} */ names) =>
    names.split(',').filter((n) => n.trim() && !n.includes(helper));
  return code
    .replace(/^import \{([^}]*)\} from ("[^"]+");$/gm, (line, names, from) => {
      if (!names.includes(helper)) return line;
      const kept = others(names);
      return kept.length ? `import {${kept.join(',')} } from ${from};` : `import ${from};`;
    })
    .replace(`var ${helper} = (load) => load();\n`, '')
    .replace(/^export \{(.*)\};$/m, (line, names) =>
      names.includes(helper) ? `export {${others(names).join(',')} };` : line,
    );
}

/**
 * Lazy chunks (plan management, exports, suggested sets, share links, calendar files, the plan
 * hand-off) are loaded with import(). Vite wraps each one in a 0.9 KB helper that first adds
 * <link rel=modulepreload> tags for the chunk's dependencies. Ours are modules the page has
 * already loaded, so the helper is dead weight on every tool page; this swaps it for a direct
 * call, and (modulePreload: false) leaves out the list of files it would have preloaded, which
 * the direct call never reads (a lazy chunk with four shared dependencies costs ~150 bytes of
 * that list on the page that loads it). A lazy chunk that imported CSS would need the helper to
 * load its stylesheet, so the build fails if one ever does.
 * @returns {import('vite').Plugin}
 */
export default function directDynamicImports() {
  return {
    name: 'iik-direct-dynamic-imports',
    enforce: 'pre',
    apply: 'build',
    config: () => ({ build: { modulePreload: false } }),
    load: {
      filter: { id: /^\0vite\/preload-helper\.js$/ },
      handler: () => 'export const __vitePreload = (load) => load();',
    },
    // The direct calls themselves: each wrapped import() becomes a plain one, and the helper
    // goes from every chunk, before the chunks are minified. A call left in a shape this does not
    // unwrap fails the build: it would need the helper, and so would every chunk with it.
    renderChunk: {
      order: 'post',
      handler(code, chunk) {
        if (this.environment.name !== 'client' || !code.includes(helper)) return null;
        const out = dropHelper(unwrapPreloads(code));
        const left = out.indexOf(helper);
        if (left >= 0)
          this.error(
            `${chunk.fileName}: a lazy import() in a shape vite-direct-imports cannot unwrap: ${out.slice(left, left + 400)}`,
          );
        return { code: out, map: null };
      },
    },
    // After every generateBundle hook, when Vite has recorded each chunk's CSS.
    writeBundle(_options, bundle) {
      // Only the browser build preloads; the server build has no CSS to load.
      if (this.environment.name !== 'client') return;
      /** @param {string} name @returns {import('rolldown').OutputChunk | undefined} */
      const chunkOf = (name) => {
        const c = bundle[name];
        return c?.type === 'chunk' ? c : undefined;
      };
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        // Chunks already on the page when the import() runs: this one and what it imports.
        const loaded = new Set([chunk.fileName]);
        for (const name of loaded) for (const dep of chunkOf(name)?.imports ?? []) loaded.add(dep);
        for (const lazy of chunk.dynamicImports) {
          // The lazy chunk and everything it imports statically: what the helper would preload.
          const seen = new Set([lazy]);
          for (const name of seen) {
            const c = chunkOf(name);
            if (!c || loaded.has(name)) continue;
            const css = /** @type {{ viteMetadata?: { importedCss?: Set<string> } }} */ (c)
              .viteMetadata?.importedCss;
            // Vite's output changed shape: without this the check would pass unchecked.
            if (!css) this.error(`${name}: Vite no longer records a chunk's CSS (viteMetadata).`);
            if (css.size > 0)
              this.error(
                `${chunk.fileName} lazy-loads ${name}, which has CSS; the direct import() helper would skip it.`,
              );
            for (const dep of c.imports) seen.add(dep);
          }
        }
      }
    },
  };
}
