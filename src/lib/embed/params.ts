/**
 * Embed settings: the query parameters of /embed/<tool>/ pages (accent, theme, org, frame) and
 * the message an embed page sends to its host. Every value comes from a URL someone else wrote,
 * so each is checked and an invalid one falls back to the default instead of breaking the page.
 * The snippets a career center pastes are built in snippets.ts, the height message is read in
 * messages.ts, the storage note chosen in storage-note.ts and the accent's contrast checked in
 * accent.ts, so that an embed page loads only what it runs.
 */
import type { ToolId } from '../shared/tools';
import { normalizeHex } from '../brand/hex';

/** An embeddable tool: every tool has an embed page (the list is in tools.ts beside this file). */
export type EmbedTool = ToolId;

/** Theme choices: follow the visitor's system setting, or force one. */
export const embedThemes = ['auto', 'light', 'dark'] as const;
/** A theme choice. */
export type EmbedTheme = (typeof embedThemes)[number];

/** Longest institution name shown as "Provided by …". */
export const ORG_MAX = 80;

/** `type` of the height message an embed page posts to its parent window. */
export const HEIGHT_MESSAGE = 'iik-embed:height';

/** Validated embed settings, under the names of their query parameters (frame.ts relies on it). */
export interface EmbedParams {
  /**
   * The accent as `#rrggbb`, its contrast not yet checked (accent.ts does, and the embed page
   * loads that check only when there is an accent); null when missing or not a hex colour.
   */
  accent: string | null;
  theme: EmbedTheme;
  /** Institution name, cleaned; null shows no "provided by" line. */
  org: string | null;
  /** Id the loader gave this frame, echoed in height messages; null for a plain iframe. */
  frame: string | null;
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

/** Reads every embed setting from a query string; anything invalid falls back to its default. */
export function parseEmbedParams(search: string | URLSearchParams): EmbedParams {
  const q = typeof search === 'string' ? new URLSearchParams(search) : search;
  return {
    accent: normalizeHex(q.get('accent')),
    theme: parseTheme(q.get('theme')),
    org: parseOrg(q.get('org')),
    frame: parseFrameId(q.get('frame')),
  };
}
