/**
 * Checks a white-label configuration (src/site.config.ts or the file named by SITE_CONFIG) so a
 * career center's copy cannot ship a brand colour that fails WCAG AA or a broken contact link.
 */
import { AA_TEXT, accentContrast, darkSurfaces, lightSurfaces } from './contrast';
import { normalizeHex } from './hex';
import type { SiteConfig } from '../../site.config';

/** Every problem with a configuration, as sentences naming the field; empty when it is fine. */
export function siteConfigProblems(config: SiteConfig): string[] {
  const problems: string[] = [];
  if (!config.siteName.trim()) problems.push('siteName is empty.');
  if (!config.shortName.trim()) problems.push('shortName is empty.');
  if (!config.organization.trim()) problems.push('organization is empty.');
  for (const [field, surfaces, theme] of [
    ['accent', lightSurfaces, 'light'],
    ['accentDark', darkSurfaces, 'dark'],
  ] as const) {
    const hex = normalizeHex(config[field]);
    if (!hex || hex !== config[field].toLowerCase()) {
      problems.push(`${field} must be a hex colour written #rrggbb (got "${config[field]}").`);
    } else if (accentContrast(hex, surfaces) < AA_TEXT) {
      const ratio = accentContrast(hex, surfaces).toFixed(2);
      problems.push(
        `${field} ${hex} has a contrast of ${ratio}:1 in the ${theme} theme; WCAG AA needs ${AA_TEXT}:1.`,
      );
    }
  }
  if (config.contact && !/^(https:\/\/|mailto:|\/)/.test(config.contact.href)) {
    problems.push('contact.href must start with https://, mailto: or /.');
  }
  const es = config.es ?? {};
  for (const field of ['siteName', 'organization', 'footerText'] as const)
    if (es[field] !== undefined && !es[field].trim()) problems.push(`es.${field} is empty.`);
  if (es.contact && !/^(https:\/\/|mailto:|\/)/.test(es.contact.href)) {
    problems.push('es.contact.href must start with https://, mailto: or /.');
  }
  return problems;
}

/** Throws, listing every problem, when a configuration is not fit to build. */
export function assertSiteConfig(config: SiteConfig): void {
  const problems = siteConfigProblems(config);
  if (problems.length) throw new Error(`Site configuration:\n- ${problems.join('\n- ')}`);
}
