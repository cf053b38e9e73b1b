/**
 * Wording around the guides: the guides index, the boxes inside a guide, the table of contents,
 * the pager and the tool call-outs. The guides' own text lives in src/content/guides/.
 */

/** The guides index (/guides/). */
export const guidesIndex = {
  title: 'Guides',
  description:
    'A short course on informational interviews: why they help, who to talk to, and how to reach out, prepare, talk and follow up.',
  lead: 'Short, practical pages that take you from “what is this?” to your first conversation and beyond. Read them in order or jump to what you need.',
} as const;

/** Labels of the example boxes, keyed by the `kind` of an `<Example>`. */
export const exampleLabels = {
  message: 'Sample message',
  questions: 'Sample questions',
  agenda: 'Sample agenda',
  script: 'What you might say',
  plan: 'Sample plan',
} as const;

/** A kind of example box. */
export type ExampleKind = keyof typeof exampleLabels;

/** Headings and labels used on every guide page. */
export const guideLabels = {
  takeaways: 'Key takeaways',
  tip: 'Tip',
  toc: 'On this page',
  pager: 'Course',
  previous: 'Previous',
  next: 'Next',
  breadcrumb: 'Breadcrumb',
  guidesHome: 'Guides',
  minRead: 'min read',
  updated: 'Updated',
  sectionGuides: 'Guides in this section',
  printedFrom: 'Printed from',
  practice: 'Put it into practice',
  /** Before the link to the next section, at the end of a section page. */
  nextSection: 'Then read on:',
  /** Name of the search page's filter by section (Pagefind shows it as written). */
  filter: 'section',
} as const;

/** What each tool does for a reader who has just finished a guide. */
export const toolCallouts = {
  'question-builder': {
    name: 'Question builder',
    href: '/tools/question-builder/',
    pitch: 'Pick questions that fit your time, put the best ones first and print a one-page sheet.',
    action: 'Build your question list',
  },
  outreach: {
    name: 'Outreach messages',
    href: '/tools/outreach/',
    pitch:
      'Write a short, personal request and see it checked as you type: length, tone and a clear ask.',
    action: 'Write your message',
  },
  checklist: {
    name: 'Checklist',
    href: '/tools/checklist/',
    pitch:
      'Track every step before, during and after each conversation, and keep it on this device.',
    action: 'Open the checklist',
  },
  introduction: {
    name: 'Introduction builder',
    href: '/tools/introduction/',
    pitch:
      'Write your 30-second introduction in four short parts, see how long it takes to say, and time yourself saying it.',
    action: 'Build your introduction',
  },
  conversations: {
    name: 'Conversations',
    href: '/tools/conversations/',
    pitch:
      'See everyone you plan to talk to, what is due today, and turn the names they suggest into your next conversations.',
    action: 'Open your conversations',
  },
  organizations: {
    name: 'Target organizations',
    href: '/tools/organizations/',
    pitch:
      'List the places you would like to work, rate each one, see who you already know there and start with the top five.',
    action: 'Build your list',
  },
} as const;

/** Opening paragraph of each section page, keyed by section. */
export const sectionIntros = {
  why: 'Before you write to anyone, it helps to know what these conversations are for. These two short guides explain what an informational interview is, what it is not, and why a few of them can change your plans.',
  who: 'You already know more people than you think. Start with the people closest to you, practise, then move out to alumni, LinkedIn, events and the people they point you to. A small network, studying far from home or changing careers each have a guide of their own.',
  how: 'The whole conversation, step by step: a short request, an hour of preparation, the format and logistics, twenty good minutes, a thank-you, what to do when a talk leads further, and a plan for your first month.',
} as const;
