import { describe, expect, test } from 'vitest';
import { siteIn } from '../../../../src/lib/i18n/site';
import defaults, { type SiteConfig } from '../../../../src/site.config';

describe('siteIn', () => {
  const brand: SiteConfig = {
    ...defaults,
    siteName: 'Riverside Career Conversations',
    organization: 'Riverside College Career Center',
    contact: { label: 'Book a career adviser', href: 'https://careers.example/book' },
    es: { siteName: 'Conversaciones de Riverside', organization: 'el Centro de Carreras' },
  };

  test('keeps an English page as configured', () => {
    expect(siteIn(brand, 'en')).toBe(brand);
  });

  test('takes the Spanish wording where the configuration gives it, the English elsewhere', () => {
    const es = siteIn(brand, 'es');
    expect(es.siteName).toBe('Conversaciones de Riverside');
    expect(es.organization).toBe('el Centro de Carreras');
    expect(es.contact).toEqual(brand.contact);
    expect(es.accent).toBe(brand.accent);
  });

  test('a configuration without Spanish wording shows its English wording', () => {
    expect(siteIn({ ...brand, es: undefined }, 'es').siteName).toBe(brand.siteName);
  });
});
