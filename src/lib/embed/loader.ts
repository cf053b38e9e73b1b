/**
 * Builds /embed.js from its source (src/client/embed/loader.js): fills in the tool titles and
 * the message type, and drops comments and indentation so the file stays well under 2 KB
 * gzipped. The source is hand-written ES5 without a bundler, so what ships is what was reviewed.
 */
import { HEIGHT_MESSAGE } from './params';
import { embedTools } from './tools';
import { frameTitle } from '../strings/embed';

/** The loader's code, ready to serve. */
export function buildLoader(source: string, siteName: string): string {
  const titles = Object.fromEntries(embedTools.map((tool) => [tool, frameTitle(tool, siteName)]));
  const code = source
    .replace(/^\/\*\*[\s\S]*?\*\/\n/, '')
    .replace(/^\s*\/\/.*\n/gm, '')
    .replace(/^\s+/gm, '')
    .replace('__TITLES__', () => JSON.stringify(titles))
    .replace('__MESSAGE__', () => JSON.stringify(HEIGHT_MESSAGE));
  if (/__[A-Z]+__/.test(code)) throw new Error('embed.js: a placeholder was not filled in.');
  return code;
}
