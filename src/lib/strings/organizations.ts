/**
 * Wording of the target organizations tool (its page, island, printable sheet and embed), and of
 * what the conversations page shows about organizations (the second-contact suggestion and the
 * "What is working" panel). Plain strings with {placeholders}, passed to the islands as props.
 * A word that changes with a number has its forms by Intl.PluralRules category (`one`, `other`).
 */
import type { Translation } from '../i18n/lang';

/** The tool page and its embed (server-rendered). */
export const organizationsPage = {
  title: 'Target organizations',
  description:
    'Build a list of about 40 organizations you would like to work for, rate each one, see who you already know there and start with the top five.',
  intro:
    'List the places you would like to work, rate how much each one appeals and how often it posts jobs, and see where you already know someone. The list sorts itself; start with the top five and write to one person at each.',
  guide: { label: 'How to build your target list', href: '/guides/target-list/' },
  printHint: 'Prefer paper?',
  blankSheet: 'A blank target list to print',
  noscript:
    'The list is kept in this browser when JavaScript is on. Without it you can still use the printable sheet.',
};

/** The tool island's wording. */
export const organizationsText = {
  add: {
    label: 'Add an organization',
    hint: 'Employers you dream of, places where alumni of your school work, ones that are hiring and ones in the news.',
    button: 'Add',
    added: 'Added {name}.',
    known: '{name} is already on your list.',
    restored: 'Put {name} back on your list.',
  },
  /** Under the heading of the list: how long it is and the size the method suggests. */
  count: {
    one: '{n} organization on your list. Aim for about {goal}.',
    other: '{n} organizations on your list. Aim for about {goal}.',
  },
  empty:
    'Your list is empty. Add organizations above, or read your LinkedIn connections below; everyone you add on the conversations page brings their organization too.',
  heading: 'Your list, best first',
  sortNote:
    'Sorted by Motivation, then Postings, then Advocacy. Start with the five marked “Start here”.',
  filter: 'Filter by name',
  noMatch: 'No organization on your list matches “{query}”.',
  top: 'Start here',
  rank: 'Number {n}',
  motivation: {
    label: 'Motivation',
    /** Read after the label, so each control names its organization. */
    of: 'for {name}',
    levels: ['0: not rated', '1: some interest', '2: keen', '3: dream employer'],
  },
  postings: {
    label: 'Postings',
    levels: { none: 'None seen', some: 'Some', many: 'Many' },
  },
  advocacy: {
    label: 'Advocacy',
    yes: { one: 'Yes: you know {n} person there', other: 'Yes: you know {n} people there' },
    no: 'Not yet: nobody you know there',
  },
  people: 'People you know at {name}',
  /** A plan's person: link to the outreach tool on that plan. */
  planLink: 'Open {name} in the outreach tool',
  profile: 'LinkedIn profile',
  profileOf: 'LinkedIn profile of {name}',
  write: 'Write to {name}',
  writeFailed: 'There is no room left in this browser’s storage for a new plan. Nothing changed.',
  remove: 'Remove',
  removeLabel: 'Remove {name} from your list',
  removed: 'Removed {name}. You can put it back under “Removed”.',
  removedHeading: 'Removed',
  restore: 'Put back',
  /** Starts with the button's own words, as its accessible name must (WCAG 2.5.3). */
  restoreLabel: 'Put back {name} on your list',
  notSaved: 'This browser’s storage is full, so that change was not saved.',
  corrupt:
    'Your saved organizations could not be read, so a copy was kept aside under “{key}” and the list starts empty.',
  known: {
    heading: 'Who you already know',
    text: 'LinkedIn lets you download your connections as a file named Connections.csv (Settings, Data privacy, Get a copy of your data). Choose it here to see the organizations where they work, most connections first. The file is read in this browser and never sent anywhere; only the organizations you add are kept, with the people there.',
    file: 'Your Connections.csv',
    reading: 'Reading your connections…',
    read: {
      one: 'Read {n} connection at {orgs} organizations.',
      other: 'Read {n} connections at {orgs} organizations.',
    },
    errors: {
      tooBig:
        'That file is larger than 5 MB. A LinkedIn export of connections is far smaller: check that it is Connections.csv.',
      binary:
        'That file is not a CSV file. Choose the Connections.csv from your LinkedIn download.',
      empty: 'That file is empty.',
      noCompany:
        'That file has no Company column, so it cannot say where your connections work. Nothing was added. Choose the Connections.csv from your LinkedIn download.',
      noRows: 'None of the connections in that file has a company.',
    },
    find: 'Find an organization in your connections',
    choose: 'Choose organizations to add to your list',
    connections: { one: '{n} connection', other: '{n} connections' },
    onList: 'on your list',
    more: 'Show more organizations',
    addChosen: { one: 'Add {n} organization', other: 'Add {n} organizations' },
    noneChosen: 'Tick at least one organization first.',
    addedChosen: {
      one: 'Added {n} organization with the people you know there.',
      other: 'Added {n} organizations with the people you know there.',
    },
  },
};

/** The wording the organizations island takes as a prop, in any language. */
export type OrganizationsText = Translation<typeof organizationsText>;

/** What the conversations page shows about organizations: 3B7 in Today, and the panel. */
export const targetsText = {
  /** The conversations page's link to the organizations tool. */
  link: 'Your target organizations: who you know where, and where to start',
  second: {
    heading: 'Write to a second person',
    /** {name}: who has not answered; {org}: where; {date}: when the request went out. */
    waiting: 'No reply from {name} at {org} since {date}.',
    writeTo: 'Write to {name} at {org}',
    findSomeone: 'Find another person at {org}',
    nudgeNote: 'Keep the one-week nudge to {name} as planned.',
    failed: 'There is no room left in this browser’s storage for a new plan. Nothing changed.',
  },
  working: {
    heading: 'What is working',
    intro: 'Counted from your conversation logs on this device.',
    all: {
      one: '{sent} request sent so far; answered: {replies}.',
      other: '{sent} requests sent so far; answered: {replies}.',
    },
    byChannel: 'By how you wrote',
    byConnection: 'By how you know them',
    /** One line of a group: "Alumni: 3 replies of 4". */
    line: {
      one: '{label}: {replies} reply of {sent}',
      other: '{label}: {replies} replies of {sent}',
    },
    typical: {
      one: 'A reply typically came {n} day after the request.',
      other: 'A reply typically came {n} days after the request.',
    },
    sameDay: 'Replies typically came the same day.',
    noReplyYet: 'No replies yet: a week without one is normal.',
    channels: {
      email: 'Email',
      linkedin: 'LinkedIn',
      'alumni-platform': 'Alumni platform',
      other: 'Other channels',
      unsaid: 'Channel not recorded',
    },
    connections: {
      alumni: 'Alumni',
      referral: 'Referral',
      linkedin: 'LinkedIn connection',
      event: 'Met at an event',
      personal: 'Friends and family',
      other: 'Other',
      cold: 'Cold (no connection)',
    },
  },
};

/** The wording the conversations page passes for organizations, in any language. */
export type TargetsText = Translation<typeof targetsText>;

/** The printable blank target list (/print/organizations/). */
export const organizationsPrint = {
  title: 'Printable target list',
  description:
    'A blank LAMP list of 40 organizations to fill in by hand: Advocacy, Motivation and Postings for each, and where to start.',
  heading: 'My target organizations',
  intro:
    'Write down about 40 organizations, then rate each. Number the five best first: they are where you start. Print with your browser (Ctrl+P or ⌘P).',
  toolLink: 'Keep your list in this browser instead',
  columns: {
    name: 'Organization',
    advocacy: 'Advocacy (someone you know)',
    motivation: 'Motivation (0–3)',
    postings: 'Postings (none, some, many)',
    top: 'Top five',
  },
  key: 'Motivation: 3 is a dream employer, 0 no interest yet. Postings: how many openings you have seen there. Advocacy: a name if you know someone there.',
};
