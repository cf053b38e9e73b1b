import { describe, expect, test } from 'vitest';
import {
  PLACEHOLDER_ORIGIN,
  originNotice,
  resolveSiteOrigin,
} from '../../../integrations/site-url.mjs';

describe('resolveSiteOrigin', () => {
  test('takes SITE_URL first, as an origin', () => {
    expect(
      resolveSiteOrigin({
        SITE_URL: 'https://careers.example.edu/',
        NETLIFY: 'true',
        URL: 'https://toolkit.netlify.app',
      }),
    ).toEqual({ origin: 'https://careers.example.edu', source: 'SITE_URL' });
  });

  test("on Netlify without SITE_URL, takes the site's URL", () => {
    expect(resolveSiteOrigin({ NETLIFY: 'true', URL: 'https://toolkit.netlify.app' })).toEqual({
      origin: 'https://toolkit.netlify.app',
      source: 'URL',
    });
  });

  test('on Cloudflare Pages without SITE_URL, takes CF_PAGES_URL', () => {
    expect(
      resolveSiteOrigin({ CF_PAGES: '1', CF_PAGES_URL: 'https://4f2a91c0.toolkit.pages.dev' }),
    ).toEqual({ origin: 'https://4f2a91c0.toolkit.pages.dev', source: 'CF_PAGES_URL' });
  });

  test('ignores a URL variable that Netlify did not set', () => {
    expect(resolveSiteOrigin({ URL: 'https://somewhere.example' })).toEqual({
      origin: PLACEHOLDER_ORIGIN,
      source: null,
    });
  });

  test('with nothing set, falls back to the placeholder and says so', () => {
    expect(resolveSiteOrigin({ SITE_URL: '  ' })).toEqual({
      origin: PLACEHOLDER_ORIGIN,
      source: null,
    });
  });

  test('stops on a SITE_URL that is not an http(s) origin, naming the variable', () => {
    expect(() => resolveSiteOrigin({ SITE_URL: 'careers.example.edu' })).toThrow(
      /^SITE_URL="careers.example.edu" is not a URL/,
    );
    expect(() => resolveSiteOrigin({ SITE_URL: 'ftp://careers.example.edu' })).toThrow(
      /^SITE_URL=.* must start with https:\/\//,
    );
    expect(() => resolveSiteOrigin({ SITE_URL: 'https://example.edu/careers/' })).toThrow(
      /^SITE_URL=.* has a path; .* e\.g\. https:\/\/example\.edu$/,
    );
  });
});

describe('originNotice', () => {
  test('warns on every line, naming SITE_URL, when the origin is the placeholder', () => {
    const { level, text } = originNotice({ origin: PLACEHOLDER_ORIGIN, source: null });
    expect(level).toBe('warn');
    const lines = text.split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.every((line) => line.startsWith('!!!'))).toBe(true);
    expect(lines[0]).toContain('SITE_URL is not set');
    expect(text).toContain(PLACEHOLDER_ORIGIN);
    expect(text).toContain('SITE_URL=https://');
  });

  test('only notes the origin when SITE_URL or Netlify named it', () => {
    expect(originNotice({ origin: 'https://careers.example.edu', source: 'SITE_URL' })).toEqual({
      level: 'info',
      text: 'Canonical links use https://careers.example.edu (from SITE_URL).',
    });
  });

  test("warns that a Cloudflare deployment's own address is not a custom domain", () => {
    const notice = originNotice({
      origin: 'https://4f2a.toolkit.pages.dev',
      source: 'CF_PAGES_URL',
    });
    expect(notice.level).toBe('warn');
    expect(notice.text).toContain('Set SITE_URL');
  });
});
