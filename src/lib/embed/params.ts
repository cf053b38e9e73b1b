/**
 * Embed settings: the query parameters of /embed/<tool>/ pages (accent, theme, org, frame) and
 * the message an embed page sends to its host. Every value comes from a URL someone else wrote,
 * so each is checked and an invalid one falls back to the default instead of breaking the page.
 * The snippets a career center pastes are built in embed-snippets.ts; the height message is read
 * in embed-messages.ts and the storage note chosen in embed-storage.ts, so that an embed page
 * loads only what it runs.
 */
import { embeddableToolIds } from '../shared/tools';
import {
  accentContrast,
  accentPasses,
  darkShadeOf,
  darkSurfaces,
  lightSurfaces,
  normalizeHex,
} from '../brand/contrast';

/**
 * Tools that can be embedded, by the folder of their embed page (src/pages/embed/<tool>.astro);
 * the first is the loader's default. A tool joins this list when its embed page exists.
 */
export const embedTools = embeddableToolIds;
/** An embeddable tool. */
export type EmbedTool = (typeof embedTools)[number];

/** Theme choices: follow the visitor's system setting, or force one. */
export const embedThemes = ['auto', 'light', 'dark'] as const;
/** A theme choice. */
export type EmbedTheme = (typeof embedThemes)[number];

/** Longest institution name shown as "Provided by …". */
export const ORG_MAX = 80;

/** `type` of the height message an embed page posts to its parent window. */
export const HEIGHT_MESSAGE = 'iik-embed:height';

/** Validated embed settings. */
export interface EmbedParams {
  /** Accent per theme; null keeps the site's default for that theme. */
  accent: { light: string | null; dark: string | null };
  theme: EmbedTheme;
  /** Institution name, cleaned; null shows no "provided by" line. */
  org: string | null;
  /** Id the loader gave this frame, echoed in height messages; null for a plain iframe. */
  frame: string | null;
}

/** Whether a value is one of the embeddable tools. */
export function isEmbedTool(value: unknown): value is EmbedTool {
  return embedTools.includes(value as EmbedTool);
}

/** The theme parameter, or 'auto' when missing or unknown. */
export function parseTheme(value: unknown): EmbedTheme {
  return embedThemes.includes(value as EmbedTheme) ? (value as EmbedTheme) : 'auto';
}

// Control characters and bidirectional overrides could hide or reorder text around the name.
const UNSAFE_CHARS = /[\p{Cc}\p{Cf}]/gu;

/**
 * The institution name, cleaned: control and formatting characters removed, white space
 * collapsed, cut to ORG_MAX characters (never inside a surrogate pair). It is later set as
 * text, never as HTML, so markup in it shows as typed. Null when nothing is left.
 */
export function parseOrg(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const clean = value.replace(UNSAFE_CHARS, ' ').replace(/\s+/g, ' ').trim();
  const cut = Array.from(clean).slice(0, ORG_MAX).join('').trim();
  return cut || null;
}

/** The frame id the loader chose, or null unless it is a short token of safe characters. */
export function parseFrameId(value: unknown): string | null {
  return typeof value === 'string' && /^[\w-]{1,64}$/.test(value) ? value : null;
}

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

/** Reads every embed setting from a query string; anything invalid falls back to its default. */
export function parseEmbedParams(search: string | URLSearchParams): EmbedParams {
  const q = typeof search === 'string' ? new URLSearchParams(search) : search;
  const accent = checkAccent(q.get('accent'));
  return {
    accent: { light: accent.light, dark: accent.dark },
    theme: parseTheme(q.get('theme')),
    org: parseOrg(q.get('org')),
    frame: parseFrameId(q.get('frame')),
  };
}
