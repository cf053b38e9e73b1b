/**
 * Site-wide interface wording. Tool wording lives beside it in this folder, so a career center
 * can re-word or translate the whole interface in one place.
 */

/** Primary navigation, in the order it is shown. */
export const nav = [
  { href: '/guides/', label: 'Guides' },
  { href: '/tools/question-builder/', label: 'Question builder' },
  { href: '/tools/outreach/', label: 'Outreach messages' },
  { href: '/tools/checklist/', label: 'Checklist' },
  { href: '/tools/introduction/', label: 'Introduction' },
  { href: '/tools/conversations/', label: 'Conversations' },
  { href: '/tools/organizations/', label: 'Organizations' },
] as const;

/** Footer privacy promise. */
export const privacyLine =
  'Everything you type stays in this browser. No accounts, no tracking, nothing sent anywhere.';

/** Names of the guide sections, keyed by the `section` field of a guide. */
export const sectionNames = {
  why: 'Why have these conversations',
  who: 'Who to talk to',
  how: 'How to do it well',
} as const;

/** One-line summaries of the guide sections. */
export const sectionSummaries = {
  why: 'What an informational interview is, what it is not, and what it can do for you.',
  who: 'Where to find people to talk to, starting with the easiest, whatever your starting point.',
  how: 'Reaching out, preparing, holding the conversation, following up and what comes after.',
} as const;

/**
 * This language's name in itself: the header's switch on a page in the other language shows it
 * (with `lang` set, so it is read in this language).
 */
export const languageName = 'English';

/** The link that lets keyboard users jump past the header. */
export const skipLink = 'Skip to content';

/** The header's search form, which opens the search page. */
export const headerSearch = {
  label: 'Search the guides',
  placeholder: 'Search guides',
  button: 'Search',
  /** Accessible name of the primary navigation. */
  nav: 'Main',
} as const;

/** Footer links, in the order shown. */
export const footerLinks = [
  { href: '/guides/', label: 'All guides' },
  { href: '/tools/', label: 'All tools' },
  { href: '/families/', label: 'For families' },
  { href: '/embed/', label: 'Embed on your site' },
  { href: '/workshop/', label: 'Run a workshop' },
  { href: '/privacy/', label: 'Privacy' },
  { href: '/accessibility/', label: 'Accessibility' },
  { href: '/print/', label: 'Printable sheets' },
] as const;

/** The footer's last line: who runs this copy of the site. */
export const runBy = 'Run by {organization}.';

/** Words between the items of a running list of alternatives: "a, b or c". */
export const listWords = { between: ', ', last: ' or ' } as const;
