/**
 * Wording of the embed configurator at /embed/ (kept apart from the embed pages' wording so the
 * embedded tools do not download it). Labels and headings reach the island as props, in the
 * HTML; only the messages built at run time are JavaScript. The notes below the configurator are
 * prose, in src/content/pages/embed.mdx.
 */
import type { EmbedTheme, EmbedTool } from '../embed/params';

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
  /** Title of the live preview's frame, around the embed's own frame title. */
  previewTitle: (title: string) => `Preview: ${title}`,
} as const;

/** Labels, headings and buttons of the configurator, passed to the island as props. */
export const configuratorLabels = {
  tool: 'Tool',
  accent: 'Brand colour (hex, e.g. #8c1515)',
  /** Accessible name of the colour picker beside the hex field. */
  accentPicker: 'Pick the brand colour',
  /** Under the colour field while it is empty. */
  accentEmpty: 'Leave empty to use the default colour.',
  org: 'Institution name (shown as “Provided by”)',
  theme: 'Theme',
  /** The tool's language, with each language named in itself. */
  language: 'Language of the tool',
  languages: { en: 'English', es: 'Español (Spanish)' },
  snippets: 'Copy the code',
  /**
   * The four snippets, in the order shown: the field's label, the snippet's name as `copied`
   * says it ("Copied the script snippet to the clipboard.") and the copy button.
   */
  ways: {
    script: {
      label: 'Script (recommended: resizes itself)',
      name: 'script snippet',
      copy: 'Copy the script snippet',
    },
    iframe: {
      label: 'Plain iframe (for sites that allow no scripts; fixed height)',
      name: 'iframe snippet',
      copy: 'Copy the iframe snippet',
    },
    link: {
      label: 'Plain link (for sites that remove scripts and iframes)',
      name: 'link',
      copy: 'Copy the link',
    },
    address: {
      label: 'Address only (for Handshake and other platforms that take a web address)',
      name: 'address',
      copy: 'Copy the address',
    },
  },
  /** Text of the plain link, by tool: what a student gets by following it. */
  linkTexts: {
    'question-builder': 'Choose questions for your informational interview',
    outreach: 'Write a short request for an informational interview',
    checklist: 'Get ready for your informational interview, step by step',
    introduction: 'Write and practise a 30-second introduction of yourself',
    conversations: 'Keep track of your informational interviews and what is due next',
    organizations: 'List the organizations you want to work for and who you know at each',
  } satisfies Record<EmbedTool, string>,
  flyer: 'A flyer for notice boards and workshops',
  flyerNote:
    'One printed page with a QR code to this toolkit and the institution name above (leave it empty for a flyer without a name).',
  openFlyer: 'Open the printable flyer',
  preview: 'Live preview',
};

/**
 * Text of the plain link to the Spanish tool, by tool (the configurator stays in English for
 * staff; what a student follows is in Spanish).
 */
export const spanishLinkTexts = {
  'question-builder': 'Elige preguntas para tu entrevista informativa',
  outreach: 'Escribe una petición breve para una entrevista informativa',
  checklist: 'Prepara tu entrevista informativa paso a paso',
  introduction: 'Escribe y practica una presentación de 30 segundos',
  conversations: 'Sigue tus entrevistas informativas y lo que toca hacer',
  organizations:
    'Haz la lista de organizaciones donde quieres trabajar y a quién conoces en cada una',
} satisfies Record<EmbedTool, string>;

/** The labels the island takes. */
export type ConfiguratorLabels = typeof configuratorLabels;

/**
 * Shown instead of the configurator without JavaScript, around the list of tool names and two
 * example attributes set as code.
 */
export const configuratorNoscript = {
  before: 'The configurator needs JavaScript. The snippet above works as it is. Set',
  toolIs: 'to one of',
  add: ', and add',
  and: 'and',
  after: 'if you like.',
  /** Example values of `data-accent` and `data-org`. */
  exampleAccent: '#8c1515',
  exampleOrg: 'Your college',
} as const;
