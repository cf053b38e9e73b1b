/**
 * Wording of the embed pages, the loader and the configurator at /embed/, in one place so a
 * career center can re-word or translate it.
 */
import type { EmbedTheme, EmbedTool } from '../embed-params';

/** Tool names as shown in the configurator and in iframe titles. */
export const toolNames: Record<EmbedTool, string> = {
  checklist: 'Informational interview checklist',
  'question-builder': 'Question builder',
  outreach: 'Outreach message writer',
};

/** Title of an embed's iframe: what it is and whose it is, read out by screen readers. */
export const frameTitle = (tool: EmbedTool, siteName: string) => `${toolNames[tool]} (${siteName})`;

/** Theme choices in the configurator. */
export const themeNames: Record<EmbedTheme, string> = {
  auto: "Follow the visitor's system setting",
  light: 'Always light',
  dark: 'Always dark',
};

/** Link from an embed back to the standalone site. */
export const openFull = 'Open the full toolkit';
/** Added for screen readers to links that open a new tab. */
export const newTab = '(opens in a new tab)';
/** Before the institution name in an embed. */
export const providedBy = 'Provided by';

/** Where an embed keeps the student's plans, by situation. */
export const storageNotes = {
  /** The page is open on its own, not inside another site. */
  standalone: 'Your plans are saved in this browser only.',
  /** Inside a frame: browsers keep a separate store per host site. */
  framed: (host: string | null) =>
    `Your plans are saved in this browser, on this site${host ? ` (${host})` : ''} only. They do not appear on the full toolkit: use Export to move them there.`,
  /** Storage is blocked or full: plans last until the tab is closed. */
  memory:
    'This browser does not let the toolkit save anything here, so your plans last only until you close this page. Use Export to keep a copy.',
} as const;

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
