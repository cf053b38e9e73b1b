/**
 * White-label settings: the one file a career center edits to re-brand its own copy of the site.
 * Everything here is read at build time; nothing is fetched at run time.
 */
export interface SiteConfig {
  /** Name shown in the header, page titles and the web app manifest. */
  siteName: string;
  /** Short name for the installed app icon label (12 characters or fewer reads best). */
  shortName: string;
  /** Who runs this copy; shown in the footer. */
  organization: string;
  /** The one accent colour (hex, #rrggbb) that re-brands links, buttons and focus rings. */
  accent: string;
  /** Accent used in dark mode; a lighter shade of the accent keeps contrast on dark backgrounds. */
  accentDark: string;
  /** Optional link to the career center's own contact or booking page; null hides it. */
  contact: { label: string; href: string } | null;
  /** Extra line shown in the footer. */
  footerText: string;
  /**
   * The same wording for the Spanish pages (under /es/); a field left out shows the English one.
   * A brand file that spreads these defaults must set its own, or its Spanish pages keep the
   * default names (the white-label test catches that).
   */
  es?: SiteWording;
}

/** The fields of the configuration that are words, as another language may give them. */
export type SiteWording = Partial<
  Pick<SiteConfig, 'siteName' | 'organization' | 'contact' | 'footerText'>
>;

/** The default configuration of the public Informational Interview Toolkit. */
const config: SiteConfig = {
  siteName: 'Informational Interview Toolkit',
  shortName: 'Interview Kit',
  organization: 'the Informational Interview Toolkit project',
  accent: '#1d5fa8',
  accentDark: '#8cc4ff',
  contact: null,
  footerText: 'Free to use and to embed. No accounts, no ads, no tracking.',
  es: {
    siteName: 'Kit de entrevistas informativas',
    organization: 'el proyecto Kit de entrevistas informativas',
    footerText:
      'Gratis para usar e incrustar en tu sitio. Sin cuentas, sin anuncios y sin rastreo.',
  },
};

export default config;
