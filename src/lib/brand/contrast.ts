/**
 * Colour contrast rules for the brand accent (WCAG 2.2, 1.4.3 and 1.4.11). The accent is used as
 * link and button text on the page backgrounds, as the background of primary buttons under
 * `--on-accent` text, and as the focus ring, so it must reach 4.5:1 against every one of them.
 * The surface colours mirror src/styles/tokens.css (a unit test keeps the two in step).
 */

/** Minimum contrast for normal-size text under WCAG 2.2 AA. */
export const AA_TEXT = 4.5;

/** A colour as 0-255 sRGB channels. */
export type Rgb = readonly [number, number, number];

/** The colours the accent meets in one theme. */
export interface ThemeSurfaces {
  /** Page background (`--bg`). */
  bg: string;
  /** Card and footer background (`--bg-soft`). */
  bgSoft: string;
  /** Text on an accent-coloured button (`--on-accent`). */
  onAccent: string;
}

/** Light theme surfaces, as in tokens.css. */
export const lightSurfaces: ThemeSurfaces = {
  bg: '#ffffff',
  bgSoft: '#f4f6f9',
  onAccent: '#ffffff',
};
/** Dark theme surfaces, as in tokens.css. */
export const darkSurfaces: ThemeSurfaces = {
  bg: '#111418',
  bgSoft: '#1b2027',
  onAccent: '#0b0d10',
};

/** The channels of a `#rrggbb` colour. */
export function toRgb(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** A colour as `#rrggbb`. */
export function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** Relative luminance as defined by WCAG. */
export function luminance(hex: string): number {
  const [r, g, b] = toRgb(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** `color-mix(in srgb, a weight, b)`: the same per-channel blend the browser computes. */
export function mix(a: string, b: string, weight: number): string {
  const [x, y] = [toRgb(a), toRgb(b)];
  return toHex([0, 1, 2].map((i) => x[i] * weight + y[i] * (1 - weight)) as unknown as Rgb);
}

/**
 * The lowest contrast the accent has with anything it meets in a theme: text on the background,
 * on the soft background, on its own 10% tint (`--accent-soft`, used by notices), and the
 * button label on the accent.
 */
export function accentContrast(accent: string, surfaces: ThemeSurfaces): number {
  const tint = mix(accent, surfaces.bg, 0.1);
  return Math.min(
    contrastRatio(accent, surfaces.bg),
    contrastRatio(accent, surfaces.bgSoft),
    contrastRatio(accent, tint),
    contrastRatio(accent, surfaces.onAccent),
  );
}

/** Whether an accent keeps every pairing in a theme at WCAG AA. */
export function accentPasses(accent: string, surfaces: ThemeSurfaces): boolean {
  return accentContrast(accent, surfaces) >= AA_TEXT;
}

/**
 * A shade of the accent for dark backgrounds: the accent itself when it already passes there,
 * else the accent blended towards white in 5% steps until it does (white always passes, so this
 * ends). Keeps the brand hue recognisable in dark mode instead of falling back to a stock blue.
 */
export function darkShadeOf(accent: string): string {
  for (let step = 0; step <= 20; step++) {
    const shade = mix('#ffffff', accent, step / 20);
    if (accentPasses(shade, darkSurfaces)) return shade;
  }
  return '#ffffff';
}
