/**
 * Wording of the question builder and its printable sheet. Sentences with numbers are templates
 * whose {names} are filled by `fill` (src/lib/shared/fill.ts), so a translation can reorder the whole sentence. The page
 * passes this wording to the island as props, which keeps it out of the JavaScript bundle.
 */
import type { Background, Category, Contact, Field, Placeholder, Stage } from '../questions/bank';
import type { ShareError } from '../questions/share.lazy';

/** Page title, summary and introduction. */
export const page = {
  title: 'Question builder',
  description:
    'Build a short list of questions for an informational interview that fits the time you have, the person and your stage, then print it or take notes in it.',
  intro:
    'Pick questions from the bank, reword them, add your own and put them in order. The builder tells you how many fit the time you asked for and fills in the organization and role from your plan.',
  noscript:
    'The builder needs JavaScript to add, reorder and save questions. The whole bank is listed below the builder, and you can print a blank question sheet.',
  printLink: 'Print a blank question sheet',
  wholeBank: 'The whole question bank',
};

/** Category names as headings and menus show them. */
export const categoryNames: Record<Category, string> = {
  'warm-up': 'Warm-up',
  trends: 'Trends',
  insights: 'Insights',
  advice: 'Advice',
  resources: 'Resources',
  assignments: 'Assignments',
  closing: 'Closing',
};

/** Career stage names. */
export const stageNames: Record<Stage, string> = {
  student: 'Student',
  'early-career': 'Early career',
  'career-changer': 'Changing careers',
};

/** Contact names, as "Talking to …". */
export const contactNames: Record<Contact, string> = {
  'friend-family': 'A friend or family member',
  alumni: 'An alumnus of my school',
  linkedin: 'A LinkedIn contact',
  event: 'Someone I met at an event',
};

/** Field names. */
export const fieldNames: Record<Field, string> = {
  tech: 'Technology',
  health: 'Health care',
  business: 'Business and finance',
  nonprofit: 'Nonprofits',
  government: 'Government',
  education: 'Education',
  creative: 'Creative work',
  science: 'Science and research',
};

/** Background names, for the filter that puts questions written for one background first. */
export const backgroundNames: Record<Background, string> = {
  international: 'International student',
  'first-generation': 'First in my family at college',
};

/** Labels of the plan details that fill placeholders. */
export const placeholderNames: Record<Placeholder, string> = {
  organization: 'Their organization',
  role: 'Their role',
  field: 'Their field',
};

/** Interface wording of the island. */
export const ui = {
  setup: 'About this conversation',
  length: 'Length',
  minutes: '{n} minutes',
  stage: 'Your stage',
  contact: 'Talking to',
  field: 'Field',
  any: 'Any',
  anyone: 'Anyone',
  anyField: 'Any field',
  background: 'Your background',
  fillIn: 'Words that fill the questions',
  assumption:
    'Assumes about {per} minutes per question, after about {overhead} minutes for greetings and thanks.',
  fit: 'Your list has {count} of the {capacity} or so questions that fit {minutes} minutes.',
  over: 'Runs over: {over} more than fit. This list needs about {needed} minutes, not {minutes}. Mark the ones you must ask.',
  suggest: 'Suggest a set',
  suggestConfirm: 'Replace your {n} questions with a suggested set?',
  replace: 'Replace',
  cancel: 'Cancel',
  suggested: 'Suggested {n} questions.',

  list: 'Your questions',
  empty: 'No questions yet. Add some from the bank, write your own, or use “Suggest a set”.',
  mustAsk: 'Must ask',
  up: 'Move up',
  down: 'Move down',
  edit: 'Edit wording',
  save: 'Save',
  remove: 'Remove',
  notes: 'Notes on the answer',
  moved: 'Moved to position {pos} of {total}.',
  atEnd: 'It cannot move further.',
  removed: 'Question removed.',
  added: 'Added to your list.',
  own: 'Write your own question',
  add: 'Add',
  inList: 'Added',
  followUp: 'Follow-up:',

  exportHeading: 'Take it with you',
  copyText: 'Copy as text',
  copyMarkdown: 'Copy as Markdown',
  download: 'Download .md',
  print: 'Print with notes',
  /** Above the plan's introduction, first on the printed list. */
  introduction: 'My introduction',
  share: 'Copy share link',
  copied: 'Copied.',
  linkCopied: 'Link copied. Notes are not included.',
  copyFailed: 'Could not copy. Your browser blocked the clipboard.',
  exportTitle: 'Questions for my informational interview',

  bank: 'Question bank',
  category: 'Category',
  allCategories: 'All categories',
  search: 'Search the bank',
  results: '{n} questions',
  result: '1 question',
  noResults: 'No question matches. Try fewer words or a wider filter.',
  more: 'Show more ({n} not shown yet)',

  shared: 'This link holds a list of {n} questions.',
  sharedAsk: 'Replace your current list with it?',
  keep: 'Keep my list',
  accepted: 'Shared list loaded.',
  dismiss: 'Dismiss',
};

/** Messages for a share link that cannot be read; nothing is changed in each case. */
export const shareErrors: Record<ShareError, string> = {
  malformed:
    'This share link is damaged or incomplete, so nothing was loaded. Your list is unchanged.',
  'unknown-question':
    'This share link names a question that is no longer in the bank, so nothing was loaded. Your list is unchanged.',
  empty: 'This share link holds no questions. Your list is unchanged.',
};

/** Everything the island shows, passed to it as props. */
export const builderText = {
  ui,
  categories: categoryNames,
  stages: stageNames,
  contacts: contactNames,
  fields: fieldNames,
  backgrounds: backgroundNames,
  placeholders: placeholderNames,
  shareErrors,
};
/**
 * The island's wording, and whether the page's language fits English articles before a slot
 * (`checkRules(lang).messageRules.articles`, which the page adds).
 */
export type BuilderText = typeof builderText & { readonly articles: boolean };

/** The printable blank sheet. */
export const sheet = {
  title: 'Question sheet',
  description:
    'A printable sheet of balanced questions for a 20-minute informational interview, with room for answers.',
  intro:
    'A balanced set for a 20-minute conversation: one warm-up, questions across trends, insights, advice, resources and assignments, and a closing question. Fill in the blanks before you go.',
  person: 'Who',
  date: 'Date',
  followUp: 'Follow-up:',
  next: 'Next steps and people to contact',
  toolLink: 'Build your own list in the question builder',
};
