// @ts-check
/**
 * Vite plugin for white-label builds: SITE_CONFIG=path/to/brand.ts swaps that file in wherever the
 * code imports src/site.config.ts (a relative path, from the project root). The brand file may
 * itself import the default config, e.g. to spread it and change a few fields.
 */

/**
 * @param {{ brandFile: string | null; defaultConfig: string }} options the brand file's absolute
 *   path (null: no swap) and the default config's
 * @returns {import('vite').Plugin}
 */
export default function siteConfigAlias({ brandFile, defaultConfig }) {
  return {
    name: 'iik-site-config',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!brandFile || !/site\.config(\.ts)?$/.test(source) || importer === brandFile) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === defaultConfig ? brandFile : null;
    },
  };
}
