import { describe, expect, test } from 'vitest';
import site from '../../../../src/site.config';
import { assertSiteConfig, siteConfigProblems } from '../../../../src/lib/brand/check-config';

describe('siteConfigProblems', () => {
  test('finds nothing wrong with the default configuration', () => {
    expect(siteConfigProblems(site)).toEqual([]);
  });
  test('names a brand colour too pale for WCAG AA', () => {
    const problems = siteConfigProblems({ ...site, accent: '#ffcc00' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^accent #ffcc00 has a contrast of 1\.\d+:1 in the light theme/);
  });
  test('names a dark-mode colour too dark for dark backgrounds', () => {
    expect(siteConfigProblems({ ...site, accentDark: '#1d5fa8' })[0]).toMatch(/^accentDark/);
  });
  test('wants #rrggbb and a safe contact link', () => {
    const problems = siteConfigProblems({
      ...site,
      accent: 'navy',
      contact: { label: 'Book', href: 'javascript:alert(1)' },
    });
    expect(problems).toEqual([
      'accent must be a hex colour written #rrggbb (got "navy").',
      'contact.href must start with https://, mailto: or /.',
    ]);
  });
});

describe('assertSiteConfig', () => {
  test('throws with every problem listed', () => {
    expect(() => assertSiteConfig({ ...site, siteName: ' ', accent: '#fff' })).toThrow(
      /siteName is empty\.\n- accent must be/,
    );
  });
});
