/**
 * The white-label settings as a page in one language shows them: the Spanish pages take the
 * names and footer line from the configuration's `es` fields where it gives them.
 */
import type { SiteConfig } from '../../site.config';
import { defaultLang, type Lang } from './lang';

/** `config` with its wording in `lang`; fields a language leaves out stay as in English. */
export function siteIn(config: SiteConfig, lang: Lang): SiteConfig {
  if (lang === defaultLang) return config;
  const own = config[lang as Exclude<Lang, 'en'>];
  return own ? { ...config, ...own } : config;
}
