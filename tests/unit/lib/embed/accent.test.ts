import { describe, expect, test } from 'vitest';
import { checkAccent } from '../../../../src/lib/embed/accent';

describe('checkAccent', () => {
  test('uses a dark brand red in light mode and a lighter shade of it in dark mode', () => {
    const c = checkAccent('#8c1515');
    expect(c.light).toBe('#8c1515');
    expect(c.dark).not.toBe('#8c1515');
    expect(c.dark).toMatch(/^#[0-9a-f]{6}$/);
  });
  test('rejects a colour too pale for text on white, keeping the default', () => {
    const c = checkAccent('#ffeb3b');
    expect(c.input).toBe('#ffeb3b');
    expect(c.light).toBeNull();
    expect(c.lightContrast).toBeLessThan(4.5);
    // A pale colour is fine on dark backgrounds, so dark mode may keep it.
    expect(c.dark).toBe('#ffeb3b');
  });
  test('treats a non-colour as no choice at all', () => {
    expect(checkAccent('expression(alert(1))')).toEqual({
      input: null,
      light: null,
      dark: null,
      lightContrast: 0,
    });
  });
});
