/**
 * The brand accent of an embed: whether the colour a career center chose keeps WCAG AA contrast
 * in each theme (src/lib/brand/contrast.ts), for the embed page and for the configurator.
 */
import {
  accentContrast,
  accentPasses,
  darkShadeOf,
  darkSurfaces,
  lightSurfaces,
} from '../brand/contrast';
import { normalizeHex } from '../brand/hex';

/** The outcome of checking an accent colour, for the page and for the configurator. */
export interface AccentCheck {
  /** The colour as given, normalized; null when it is not a hex colour. */
  input: string | null;
  /** Colour used in the light theme; null means the default. */
  light: string | null;
  /** Colour used in the dark theme; null means the default. */
  dark: string | null;
  /** Lowest contrast of the given colour on light surfaces (0 when not a colour). */
  lightContrast: number;
}

/**
 * Checks an accent colour. It is used in the light theme only when it keeps WCAG AA there; in
 * the dark theme it is used as is when it passes, a lighter shade of it when it passed in the
 * light theme, else the default.
 */
export function checkAccent(value: unknown): AccentCheck {
  const input = normalizeHex(value);
  if (!input) return { input: null, light: null, dark: null, lightContrast: 0 };
  const lightOk = accentPasses(input, lightSurfaces);
  const dark = accentPasses(input, darkSurfaces) ? input : lightOk ? darkShadeOf(input) : null;
  return {
    input,
    light: lightOk ? input : null,
    dark,
    lightContrast: accentContrast(input, lightSurfaces),
  };
}
