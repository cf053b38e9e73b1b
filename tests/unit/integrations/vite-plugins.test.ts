import { describe, expect, test } from 'vitest';
import serverOnlyPreact from '../../../integrations/server-only-preact.mjs';
import directDynamicImports, {
  dropHelper,
  unwrapPreloads,
} from '../../../integrations/vite-direct-imports.mjs';
import siteConfigAlias from '../../../integrations/vite-site-config.mjs';

type Hook = (...args: unknown[]) => unknown;
const hook = (h: unknown): Hook =>
  (typeof h === 'function' ? h : (h as { handler: Hook }).handler) as Hook;

describe('white-label builds (vite-site-config)', () => {
  const plugin = siteConfigAlias({
    brandFile: '/brand/acme.ts',
    defaultConfig: '/src/site.config.ts',
  });
  const resolveId = (source: string, importer: string, resolved: string) =>
    hook(plugin.resolveId).call({ resolve: async () => ({ id: resolved }) }, source, importer, {});

  test("the default config's imports get the brand file; other imports and the brand file's own do not", async () => {
    expect(await resolveId('../site.config', '/src/pages/index.astro', '/src/site.config.ts')).toBe(
      '/brand/acme.ts',
    );
    expect(await resolveId('./site.config', '/brand/acme.ts', '/src/site.config.ts')).toBeNull();
    expect(await resolveId('./other', '/src/pages/index.astro', '/src/other.ts')).toBeNull();
  });

  test('without a brand file nothing is swapped', async () => {
    const none = siteConfigAlias({ brandFile: null, defaultConfig: '/src/site.config.ts' });
    expect(
      await hook(none.resolveId).call({}, '../site.config', '/src/pages/index.astro', {}),
    ).toBeNull();
  });
});

describe('lazy chunks without the preload helper (vite-direct-imports)', () => {
  const plugin = directDynamicImports();
  const chunk = (fileName: string, css: string[], dynamicImports: string[] = []) => ({
    type: 'chunk',
    fileName,
    imports: [],
    dynamicImports,
    viteMetadata: { importedCss: new Set(css) },
  });
  const write = (bundle: Record<string, unknown>) =>
    hook(plugin.writeBundle).call(
      {
        environment: { name: 'client' },
        error: (message: string) => {
          throw new Error(message);
        },
      },
      {},
      bundle,
    );

  test('the helper becomes a direct call', () => {
    expect(hook(plugin.load).call({}, '\0vite/preload-helper.js')).toBe(
      'export const __vitePreload = (load) => load();',
    );
  });

  test('each wrapped import() in a rendered chunk becomes a plain one, whatever surrounds it', () => {
    const code = [
      'const load = () => cached ??= __vitePreload(() => import("./a.js").then((m) => m.t), __VITE_PRELOAD__);',
      'onToggle: () => { open || __vitePreload(() => import("./b.js").then((m) => set(() => m.B)), __VITE_PRELOAD__); },',
      'if (has) __vitePreload(() => import("./d.js"), __VITE_PRELOAD__);',
      'const { go } = await __vitePreload(async () => {\n\tconst { go } = await import("./e.js");\n\treturn { go };\n}, __VITE_PRELOAD__);',
    ].join('\n');
    expect(unwrapPreloads(code)).toBe(
      [
        'const load = () => cached ??= import("./a.js").then((m) => m.t);',
        'onToggle: () => { open || import("./b.js").then((m) => set(() => m.B)); },',
        'if (has) import("./d.js");',
        'const { go } = await (async () => {\n\tconst { go } = await import("./e.js");\n\treturn { go };\n})();',
      ].join('\n'),
    );
    // A list of files to preload, or a plain arrow that imports, stays as it is.
    const other =
      '__vitePreload(() => import("./e.js"), ["x.js"]); const h = () => import("./f.js");';
    expect(unwrapPreloads(other)).toBe(other);
  });

  test('the helper leaves the imports, the definition and the exports; the imports themselves stay', () => {
    const page = [
      'import { a as x, s as __vitePreload } from "./runtime.js";',
      'import { s as __vitePreload } from "./runtime.js";',
      'import { t as y } from "./ui.js";',
      'x(y);',
    ].join('\n');
    expect(dropHelper(page)).toBe(
      [
        'import { a as x } from "./runtime.js";',
        'import "./runtime.js";',
        'import { t as y } from "./ui.js";',
        'x(y);',
      ].join('\n'),
    );
    const runtime =
      'var __vitePreload = (load) => load();\nvar n = 1;\nexport { n as a, __vitePreload as s };';
    expect(dropHelper(runtime)).toBe('var n = 1;\nexport { n as a };');
  });

  test('a call left wrapped fails the build, naming the chunk', () => {
    const render = (code: string) =>
      hook(plugin.renderChunk).call(
        {
          environment: { name: 'client' },
          error: (message: string) => {
            throw new Error(message);
          },
        },
        code,
        { fileName: 'page.js' },
      );
    expect(render('__vitePreload(() => import("./a.js"), __VITE_PRELOAD__);')).toEqual({
      code: 'import("./a.js");',
      map: null,
    });
    expect(() => render('__vitePreload(load, __VITE_PRELOAD__);')).toThrow(
      'page.js: a lazy import() in a shape vite-direct-imports cannot unwrap',
    );
  });

  test('a lazy chunk with CSS fails the build, naming both chunks; one without CSS passes', () => {
    expect(() =>
      write({ 'page.js': chunk('page.js', [], ['lazy.js']), 'lazy.js': chunk('lazy.js', []) }),
    ).not.toThrow();
    expect(() =>
      write({
        'page.js': chunk('page.js', [], ['lazy.js']),
        'lazy.js': chunk('lazy.js', ['lazy.css']),
      }),
    ).toThrow('page.js lazy-loads lazy.js, which has CSS');
  });
});

describe('Preact on the server only (server-only-preact)', () => {
  test('registers the renderer without its client entry point', async () => {
    const renderers: unknown[] = [];
    const integration = serverOnlyPreact();
    await integration.hooks['astro:config:setup']?.({
      addRenderer: (r: unknown) => renderers.push(r),
      updateConfig: () => ({}),
      config: { vite: {} },
      command: 'build',
      isRestart: false,
    } as never);
    expect(renderers).toHaveLength(1);
    expect(renderers[0]).toMatchObject({ name: '@astrojs/preact' });
    expect(renderers[0]).not.toHaveProperty('clientEntrypoint');
  });
});
