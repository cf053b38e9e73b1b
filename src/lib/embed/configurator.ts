/**
 * State of the embed configurator at /embed/: what the career center picked, and everything that
 * follows from it (the colour check, the preview address, the script, iframe and link snippets,
 * the flyer's address).
 */
import { computed, signal } from '../shared/signals';
import { checkAccent } from './accent';
import type { EmbedTheme, EmbedTool } from './params';
import { embedTools } from './tools';
import {
  embedQuery,
  iframeSnippet,
  linkAddress,
  linkSnippet,
  langPrefix,
  scriptSnippet,
  frameTitle,
  type EmbedChoice,
} from './snippets';
import { flyerQuery } from './flyer';
import { toolNames } from '../strings/embed';

/**
 * Creates configurator state; `origin` is where this toolkit is served from, `linkTexts` the
 * text of the plain link for each tool (src/lib/strings/embed-configurator.ts).
 */
export function createEmbedConfigurator(
  origin: string,
  siteName: string,
  linkTexts: Record<EmbedTool, string>,
  /** The Spanish tool's frame titles and link texts, from the page (src/lib/strings/es/). */
  spanish?: { titles: Record<EmbedTool, string>; linkTexts: Record<EmbedTool, string> },
) {
  const tool = signal<EmbedTool>(embedTools[0]);
  const accent = signal('');
  const theme = signal<EmbedTheme>('auto');
  const org = signal('');
  /** The tool's language: Spanish frames /es/embed/<tool>/ and its flyer opens /es/. */
  const lang = signal<'en' | 'es'>('en');
  const host = signal(origin.replace(/\/+$/, ''));

  const choice = computed<EmbedChoice>(() => ({
    tool: tool.value,
    accent: accent.value,
    theme: theme.value,
    org: org.value,
    lang: lang.value,
  }));
  const title = computed(() =>
    lang.value === 'es' && spanish
      ? spanish.titles[tool.value]
      : frameTitle(toolNames[tool.value], siteName),
  );
  const prefix = computed(() => langPrefix(choice.value));

  return {
    tool,
    accent,
    theme,
    org,
    lang,
    /** Origin written into the snippets (the page sets it to its own once it runs). */
    host,
    /** The accent as the embed will treat it. */
    accentCheck: computed(() => checkAccent(accent.value)),
    /** Iframe title, as the loader writes it. */
    title,
    /** Same-origin address of the embed page for the live preview. */
    previewSrc: computed(() => `${prefix.value}/embed/${tool.value}/${embedQuery(choice.value)}`),
    scriptSnippet: computed(() => scriptSnippet(host.value, choice.value)),
    iframeSnippet: computed(() => iframeSnippet(host.value, choice.value, title.value)),
    /** The tool's own address in the chosen colour and name, for link-only platforms. */
    linkAddress: computed(() => linkAddress(host.value, choice.value)),
    linkSnippet: computed(() =>
      linkSnippet(
        host.value,
        choice.value,
        (lang.value === 'es' && spanish ? spanish.linkTexts : linkTexts)[tool.value],
      ),
    ),
    /** Same-origin address of the printable flyer with the institution's name. */
    flyerHref: computed(() => `${prefix.value}/print/flyer/${flyerQuery(org.value)}`),
  };
}

/** The configurator state. */
export type EmbedConfigurator = ReturnType<typeof createEmbedConfigurator>;
