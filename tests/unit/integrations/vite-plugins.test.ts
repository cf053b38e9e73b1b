import { describe, expect, test } from 'vitest';
import serverOnlyPreact from '../../../integrations/server-only-preact.mjs';
import directDynamicImports, {
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

  test('each wrapped import() in a minified chunk becomes a plain one, whatever surrounds it', () => {
    const code = [
      'W=()=>de??=u(()=>import(`./a.js`).then(e=>e.t),[]);',
      'onToggle:()=>{r||u(()=>import(`./b.js`).then(e=>i(()=>e.B)),[])},',
      'p=e=>void u(()=>import(`./c.js`).then(t=>f({Form:t.C,moved:e})),[]);',
      's&&n(()=>import(`./d.js`),[]);',
    ].join('');
    expect(unwrapPreloads(code)).toBe(
      [
        'W=()=>de??=import(`./a.js`).then(e=>e.t);',
        'onToggle:()=>{r||import(`./b.js`).then(e=>i(()=>e.B))},',
        'p=e=>void import(`./c.js`).then(t=>f({Form:t.C,moved:e}));',
        's&&import(`./d.js`);',
      ].join(''),
    );
    // A list of files to preload, or a plain arrow that imports, stays as it is.
    const other = 'u(()=>import(`./e.js`),[`x.js`]);h=()=>import(`./f.js`),g=1;';
    expect(unwrapPreloads(other)).toBe(other);
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
