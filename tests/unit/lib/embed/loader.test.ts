import { readFileSync } from 'node:fs';
import { createContext, runInContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { Window } from 'happy-dom';
import { describe, expect, test } from 'vitest';
import { buildLoader } from '../../../../src/lib/embed/loader';
import { HEIGHT_MESSAGE } from '../../../../src/lib/embed/params';
import { embedTools } from '../../../../src/lib/embed/tools';

const source = readFileSync('src/client/embed/loader.js', 'utf8');
const code = buildLoader(source, 'Kit "One"');

/** Runs the loader in a fresh document as if loaded from `src` with the given data attributes. */
function run(src: string, data: Record<string, string>) {
  const window = new Window({ url: 'https://college.example/careers/' });
  const document = window.document;
  const script = document.createElement('script');
  script.setAttribute('src', src);
  for (const [k, v] of Object.entries(data)) script.dataset[k] = v;
  document.body.append(script, document.createElement('p'));
  Object.defineProperty(document, 'currentScript', { value: script, configurable: true });
  // A script's top-level `var`s become globals: run it as a classic script in its own context.
  const context = createContext({ window, document, URL, console });
  const globalsBefore = new Set(Object.keys(context));
  runInContext(code, context);
  return { window, document, script, context, globalsBefore };
}

describe('buildLoader', () => {
  test('fills in the titles and the message type, and drops comments', () => {
    expect(code).toContain(JSON.stringify(HEIGHT_MESSAGE));
    expect(code).toContain('Kit \\"One\\"');
    expect(code).not.toMatch(/__[A-Z]+__|\/\*\*|^\s*\/\//m);
  });
  test('stays under 2 KB gzipped', () => {
    expect(gzipSync(code).length).toBeLessThan(2048);
  });
});

describe('the loader', () => {
  test('puts a titled iframe of the embed page right after its script tag', () => {
    const { script } = run('https://kit.example/embed.js', {
      tool: 'question-builder',
      accent: '#8c1515',
      org: 'Riverside & Co',
    });
    const frame = script.nextElementSibling as unknown as HTMLIFrameElement;
    expect(frame.tagName).toBe('IFRAME');
    expect(frame.title).toBe('Question builder (Kit "One")');
    const url = new URL(frame.src);
    expect(url.origin + url.pathname).toBe('https://kit.example/embed/question-builder/');
    expect(url.searchParams.get('accent')).toBe('#8c1515');
    expect(url.searchParams.get('org')).toBe('Riverside & Co');
    expect(url.searchParams.get('frame')).toMatch(/^iik\w+$/);
  });
  test('with data-lang="es" frames the Spanish embed page, titled in Spanish', () => {
    const { script } = run('https://kit.example/embed.js', { tool: 'checklist', lang: 'es' });
    const frame = script.nextElementSibling as unknown as HTMLIFrameElement;
    const url = new URL(frame.src);
    expect(url.origin + url.pathname).toBe('https://kit.example/es/embed/checklist/');
    expect(frame.title).toBe('Lista de pasos (Kit "One")');
  });
  test('an unknown data-lang frames the English page', () => {
    const { script } = run('https://kit.example/embed.js', { tool: 'checklist', lang: 'xx' });
    const frame = script.nextElementSibling as unknown as HTMLIFrameElement;
    expect(new URL(frame.src).pathname).toBe('/embed/checklist/');
  });
  test('shows the first tool for an unknown one and leaks no globals', () => {
    const { context, script, globalsBefore } = run('https://kit.example/embed.js', {
      tool: '<x>',
    });
    const frame = script.nextElementSibling as unknown as HTMLIFrameElement;
    expect(new URL(frame.src).pathname).toBe(`/embed/${embedTools[0]}/`);
    expect(Object.keys(context).filter((k) => !globalsBefore.has(k))).toEqual([]);
  });
});
