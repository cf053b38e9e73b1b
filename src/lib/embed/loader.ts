/**
 * Builds /embed.js from its source (src/client/embed/loader.js): fills in the tool titles in
 * every language and the message type, and drops comments and indentation so the file stays well
 * under 2 KB gzipped. The source is hand-written ES5 without a bundler, so what ships is what was
 * reviewed.
 */
import { HEIGHT_MESSAGE } from './params';
import { frameTitle } from './snippets';
import { embedTools } from './tools';
import { langs, type Lang } from '../i18n/lang';
import { strings } from '../i18n/strings';

/**
 * The loader's code, ready to serve. `siteName` names the site in the frames' titles: one name,
 * or one per language (the white-label settings' `siteIn(config, lang).siteName`).
 */
export function buildLoader(source: string, siteName: string | Record<Lang, string>): string {
  const nameIn = (lang: Lang) => (typeof siteName === 'string' ? siteName : siteName[lang]);
  const titles = Object.fromEntries(
    langs.map((lang) => [
      lang,
      Object.fromEntries(
        embedTools.map((tool) => [
          tool,
          frameTitle(strings('embed', lang).toolNames[tool], nameIn(lang)),
        ]),
      ),
    ]),
  );
  const code = source
    .replace(/^\/\*\*[\s\S]*?\*\/\n/, '')
    .replace(/^\s*\/\/.*\n/gm, '')
    .replace(/^\s+/gm, '')
    .replace('__TITLES__', () => JSON.stringify(titles))
    .replace('__MESSAGE__', () => JSON.stringify(HEIGHT_MESSAGE));
  if (/__[A-Z]+__/.test(code)) throw new Error('embed.js: a placeholder was not filled in.');
  return code;
}
