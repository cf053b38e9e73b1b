/**
 * The code a career center pastes into its pages: the one-line loader tag, a plain iframe, and
 * a plain link for sites that strip both, built from the configurator's choices with every value
 * checked and escaped.
 */
import { normalizeHex } from '../brand/hex';
import { parseOrg, type EmbedTheme, type EmbedTool } from './params';

/** What a career center chose in the configurator. */
export interface EmbedChoice {
  tool: EmbedTool;
  accent: string;
  theme: EmbedTheme;
  org: string;
  /** The tool's language: Spanish frames /es/embed/<tool>/; English when left out. */
  lang?: 'en' | 'es';
}

/** Path prefix of a choice's language: '' for English, '/es' for Spanish. */
export const langPrefix = (choice: Pick<EmbedChoice, 'lang'>) =>
  choice.lang === 'es' ? '/es' : '';

/** Query string of an embed page for a choice; defaults are left out. */
export function embedQuery(choice: EmbedChoice): string {
  const q = new URLSearchParams();
  const accent = normalizeHex(choice.accent);
  if (accent) q.set('accent', accent);
  if (choice.theme !== 'auto') q.set('theme', choice.theme);
  const org = parseOrg(choice.org);
  if (org) q.set('org', org);
  const text = q.toString();
  return text ? `?${text}` : '';
}

/** Escapes text for an HTML element's content. */
export function escapeText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** Escapes text for a double-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/** The one-line loader snippet for a choice, served from `origin`. */
export function scriptSnippet(origin: string, choice: EmbedChoice): string {
  const attrs = [`src="${escapeAttribute(`${origin}/embed.js`)}"`, `data-tool="${choice.tool}"`];
  if (choice.lang === 'es') attrs.push('data-lang="es"');
  const accent = normalizeHex(choice.accent);
  if (accent) attrs.push(`data-accent="${accent}"`);
  if (choice.theme !== 'auto') attrs.push(`data-theme="${choice.theme}"`);
  const org = parseOrg(choice.org);
  if (org) attrs.push(`data-org="${escapeAttribute(org)}"`);
  return `<script ${attrs.join(' ')} async></script>`;
}

/** Title of an embed's iframe, in every language: the tool's name and whose site it is. */
export const frameTitle = (toolName: string, siteName: string) => `${toolName} (${siteName})`;

/** A plain iframe snippet for hosts that allow no third-party script. */
export function iframeSnippet(origin: string, choice: EmbedChoice, title: string, height = 900) {
  const src = `${origin}${langPrefix(choice)}/embed/${choice.tool}/${embedQuery(choice)}`;
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" ` +
    `width="100%" height="${height}" loading="lazy"></iframe>`
  );
}

/**
 * Address of a tool on its own, in the chosen colour and with the "Provided by" line: the embed
 * page opened as a page rather than in a frame. Opened that way it shares the full toolkit's
 * storage (same site, not partitioned), so plans made there are on the full site too.
 */
export function linkAddress(origin: string, choice: EmbedChoice): string {
  return `${origin}${langPrefix(choice)}/embed/${choice.tool}/${embedQuery(choice)}`;
}

/**
 * A plain link for sites that strip scripts and iframes (and often `style` and `target`): an
 * `<a>` with nothing but its address and text, so every editor keeps it and the host's own link
 * or button styles apply.
 */
export function linkSnippet(origin: string, choice: EmbedChoice, text: string): string {
  return `<a href="${escapeAttribute(linkAddress(origin, choice))}">${escapeText(text)}</a>`;
}
