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
  who: 'Where to find people to talk to, starting with the easiest.',
  how: 'Reaching out, preparing, holding the conversation and following up.',
} as const;
