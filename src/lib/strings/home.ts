/** Wording of the home page (/). Its title is the site's name, from src/site.config.ts. */

/** Summary for search engines and link previews. */
export const homeDescription =
  'Learn how to hold informational interviews: short learning conversations with people whose work interests you. Free guides and tools that work in your browser.';

/** The opening: what an informational interview is, and where to begin. */
export const hero = {
  heading: 'Learn about a career from the people living it',
  lead: 'An informational interview is a short conversation where you ask someone about their work, their path and their advice. You are there to learn, not to ask for a job.',
  /** The main call to action: the first guide. */
  start: { label: 'Start with the basics', href: '/guides/what-is-an-informational-interview/' },
  browse: { label: 'Browse all guides', href: '/guides/' },
} as const;

/** The "start here" path: one guide per step of a first conversation, in course order. */
export const path = {
  heading: 'Start here: six steps to your first conversation',
  /** The paragraph under the heading, around its link to the one-month plan. */
  intro: {
    before: 'Each step is a short guide. Read them in order, or jump to the one you need. The',
    link: { label: 'one-month plan', href: '/guides/one-month-plan/' },
    after: 'puts them all together.',
  },
  /** The steps; the page numbers them. */
  steps: [
    {
      step: 'Learn',
      text: 'What these conversations are, what they are not, and why they work.',
      href: '/guides/what-is-an-informational-interview/',
    },
    {
      step: 'Find people',
      text: 'Start with friends and family, then alumni, LinkedIn and events.',
      href: '/guides/who-to-ask/',
    },
    {
      step: 'Reach out',
      text: 'Write a short, personal request of about 75 words.',
      href: '/guides/reaching-out/',
    },
    {
      step: 'Prepare',
      text: 'A 30-second introduction and 5 to 10 good questions.',
      href: '/guides/preparing/',
    },
    {
      step: 'Talk',
      text: 'A 20-minute agenda: listen, take notes, end on time.',
      href: '/guides/during-the-conversation/',
    },
    {
      step: 'Follow up',
      text: 'Thank them within a day and keep in touch.',
      href: '/guides/after-the-conversation/',
    },
  ],
} as const;

/** A short section for the student's family, with its link to the families page. */
export const families = {
  heading: 'For your family',
  /** The sentence around its link to /families/. */
  text: {
    before: 'Does your family wonder why you would ask strangers about their work? The',
    link: { label: 'page for families', href: '/families/' },
    after: 'explains it in a few minutes, and shows how they can help.',
  },
} as const;

/** The tools section; its cards are every tool (src/components/ToolList.astro). */
export const tools = {
  heading: 'Tools that stay on your device',
  intro:
    'No account and nothing to install. What you type is saved in this browser only, and you can print everything for a workshop or a day offline.',
} as const;
