import { builtPages, expect, test } from '../support/site';
import { builtRules, resolveHeaders } from '../support/headers';

const rules = builtRules();

test.describe('dist/_headers', () => {
  test('a guide gets a strict CSP and may not be framed', () => {
    const { headers, repeated } = resolveHeaders(
      rules,
      '/guides/what-is-an-informational-interview/',
    );
    expect(repeated).toEqual([]);
    const csp = headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("'unsafe-eval'");
    expect(csp).not.toContain("'unsafe-inline'");
    expect(csp).not.toMatch(/inline-(script|style)-hashes/);
    expect(headers.get('x-frame-options')).toBe('DENY');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBeTruthy();
    expect(headers.get('permissions-policy')).toContain('camera=()');
  });

  test('a tool page may not be framed', () => {
    const { headers, repeated } = resolveHeaders(rules, '/tools/checklist/');
    expect(repeated).toEqual([]);
    expect(headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(headers.get('x-frame-options')).toBe('DENY');
  });

  test('an embed page may be framed by any site', () => {
    const { headers, repeated } = resolveHeaders(rules, '/embed/checklist/');
    expect(repeated).toEqual([]);
    expect(headers.get('content-security-policy')).toContain('frame-ancestors *');
    expect(headers.has('x-frame-options')).toBe(false);
    expect(headers.get('x-content-type-options')).toBe('nosniff');
  });

  test('every built page gets exactly one CSP, and framing is denied outside /embed/', () => {
    for (const path of builtPages()) {
      const { headers, repeated } = resolveHeaders(rules, path);
      expect(repeated, path).toEqual([]);
      expect(headers.get('content-security-policy'), path).toBeTruthy();
      if (path.startsWith('/embed/')) expect(headers.has('x-frame-options'), path).toBe(false);
      else expect(headers.get('x-frame-options'), path).toBe('DENY');
    }
  });
});
