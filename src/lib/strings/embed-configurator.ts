/**
 * Wording of the embed configurator at /embed/ (kept apart from the embed pages' wording so the
 * embedded tools do not download it).
 */
import type { EmbedTheme } from '../embed/params';

/** Theme choices in the configurator. */
export const themeNames: Record<EmbedTheme, string> = {
  auto: "Follow the visitor's system setting",
  light: 'Always light',
  dark: 'Always dark',
};

/** Status messages of the configurator. */
export const configuratorText = {
  copied: (what: string) => `Copied the ${what} to the clipboard.`,
  copyFailed: 'Your browser did not allow copying. Select the text and copy it yourself.',
  accentOk: (ratio: string) => `Contrast ${ratio}:1 against white and on buttons. Meets WCAG AA.`,
  accentLow: (ratio: string) =>
    `Contrast only ${ratio}:1 (WCAG AA needs 4.5:1). The embed will use the default colour instead. Try a darker shade.`,
  accentInvalid: 'Enter a hex colour such as #8c1515. Until then the default colour is used.',
  darkShade: (hex: string) => `In dark mode the embed uses the lighter shade ${hex}.`,
} as const;
