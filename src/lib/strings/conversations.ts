/**
 * Wording of the conversations page, its data tools and the files they read and write. Plain
 * strings with {slots} (filled by `fill`) and plural forms, passed to the islands as props:
 * serialized into the HTML, not shipped as JavaScript. The CSV import is the one exception: it
 * imports the headings and log words it reads (`csvColumns`, `otherHeadings`, `csvLogText`,
 * `closeReasonText`) in both languages, so a file from either language's page imports on both.
 */
import type { LogKind, NextStepKind, Stage } from '../conversations/log';
import type { Translation } from '../i18n/lang';

/** Wording of the page around the island (server-rendered only). */
export const conversationsPage = {
  title: 'Conversations',
  description:
    'Every person you plan to talk to at a glance: who is waiting on whom, what is due today, the debrief, and the names they suggest. Saved in this browser only.',
  intro:
    'Every plan as one person: where each conversation stands, what to do next and when, following the etiquette the guides teach. Nothing leaves this browser.',
  noscript:
    'This page lists your conversation plans with their stage and next step, and works out what is due today. It needs JavaScript, which is off. You can print a blank tracker to keep by hand instead.',
  printLink: 'A blank conversation tracker to print',
  /** Heading of the first column of the printed table (the others are the cards' own labels). */
  printPerson: 'Person',
} as const;

/** Wording of the conversations island. */
export const conversationsText = {
  /** Opens the import and export tools (loaded when opened). */
  dataTools: 'Import from a spreadsheet, or download a CSV or calendar file',
  status: 'Status',
  notSaved:
    'That could not be saved: browser storage is full. Export your plans from a tool page, then delete ones you no longer need.',
  empty: {
    heading: 'Start with one person',
    text: 'Add the first person you would like to talk to: a name, where they work, and how you know them. You can add the rest of your list after.',
    guide: 'Not sure whom to ask? Read who to ask first',
    guideHref: '/guides/who-to-ask/',
  },
  add: {
    legend: 'Add a person',
    name: 'Name',
    organization: 'Organization',
    connection: 'How you know them',
    button: 'Add',
    needName: 'Type their name first.',
    added: 'Added {name}.',
  },
  today: {
    heading: 'Today',
    overdue: 'Overdue',
    today: 'Today',
    week: 'Next 7 days',
    nothing:
      'Nothing is due in the next 7 days. Each person’s next step and its date are on their card under “Everyone”.',
    due: 'Due {date}',
    /** The agreed time of a conversation still to come. */
    at: '{date}',
    /** Beside "Prepare for your talk", whose own link is the question builder. */
    introduction: 'Practise your introduction',
    ready: 'I’m ready',
    readied: 'Ready for your talk with {name}. After it, Today asks how it went.',
    /** Answers to "Did you talk with {name}?" */
    yes: 'Yes, we talked',
    moved: 'It moved',
    missed: 'It did not happen',
    answersLabel: 'Did you talk with {name}?',
    talked: 'Logged your talk with {name}. Send the thank-you within a day.',
    newTime: 'New date and time',
    saveTime: 'Save the new time',
    needTime: 'Give the new date and time.',
    movedTo: 'Your talk with {name} is now on {date}.',
    missedText:
      'No problem: it happens. Find a new time, or close this for now (you can reopen it).',
    reschedule: 'Find a new time',
    closeNow: 'Close for now',
    closed: 'Closed {name} for now. It is kept under “Closed”.',
    done: 'Mark done',
    snooze: 'Snooze 3 days',
    marked: 'Done: {step}.',
    snoozed: 'Snoozed until {date}: {step}.',
  },
  steps: {
    ask: 'Write to {name}',
    nudge: 'Send {name} one nudge',
    'close-no-reply': 'No reply from {name}: close it',
    schedule: 'Agree a time with {name}',
    prepare: 'Prepare for your talk with {name}',
    talk: 'Talk with {name}',
    confirm: 'Did you talk with {name}?',
    thank: 'Write the thank-you to {name}',
    'tell-referrer': 'Tell {referrer} how it went with {name}',
    update: 'Send {name} an update',
  },
  pace: {
    heading: 'This week (Mon–Sun)',
    line: '{requests} of {goalRequests} requests sent, {conversations} of {goalConversations} conversations held this week (Monday to Sunday).',
    tooMany:
      'That is {requests} requests this week: each may need a nudge next week and a conversation after it. Consider spacing the rest out so you can follow every one up.',
    goal: 'Weekly goal',
    goalRequests: 'Requests a week',
    goalConversations: 'Conversations a week',
    goalHint: 'The one-month plan in the guides writes to about ten people a month.',
    goalBad: 'A goal is a whole number from 1 to 50.',
  },
  list: {
    heading: 'Everyone',
    filters: 'Find and sort',
    query: 'Find by name or organization',
    stage: 'Stage',
    allStages: 'All stages',
    sort: 'Sort by',
    sorts: { next: 'Next date', stage: 'Stage', name: 'Name' },
    count: '{shown} of {total} people',
    /** Below a list shown a page at a time. */
    more: 'Show more ({left} not shown yet)',
    none: 'No one matches. Clear the search or choose all stages.',
    closedHeading: 'Closed',
    closedNote: 'Kept here, out of Today. Reopen one to pick it up where it was.',
  },
  row: {
    connection: 'Connected',
    referredBy: 'referred by {name}',
    stage: 'Stage',
    last: 'Last',
    next: 'Next',
    nothingYet: 'Nothing yet',
    noNext: 'Nothing to do',
    open: 'Open',
    reopen: 'Reopen',
    reopenLabel: 'Reopen {name}',
    reopened: 'Reopened {name}.',
    unnamed: 'Someone without a name',
    /** In a next step ("Write to {name}") for a plan without the person's name: the plan's name. */
    someone: 'the person in “{name}”',
  },
  log: {
    summary: 'Log what happened',
    summaryWho: 'with {name}',
    kind: 'What happened',
    date: 'When',
    meeting: 'Conversation date and time',
    reason: 'Why',
    reasonPick: 'Choose one',
    button: 'Add to the log',
    logged: 'Logged for {name}: {what}.',
    problems: {
      date: 'Give the date it happened.',
      meeting: 'Give the date and time you agreed.',
      reason: 'Choose why it is closed.',
    },
    history: 'History',
    remove: 'Remove',
    removeLabel: 'Remove “{what}” on {date}',
    removed: 'Removed “{what}”.',
  },
  kinds: {
    asked: 'Request sent',
    replied: 'They replied',
    nudged: 'Nudge sent',
    scheduled: 'Time agreed',
    talked: 'Talked',
    thanked: 'Thank-you sent',
    'referrer-told': 'Told the referrer',
    'update-sent': 'Update sent',
    closed: 'Closed',
    reopened: 'Reopened',
  },
  scheduledFor: 'for {date}',
  reasons: { 'no-reply': 'No reply', declined: 'Declined', paused: 'Paused for now' },
  stages: {
    'to-contact': 'To contact',
    asked: 'Asked',
    nudged: 'Nudged',
    scheduled: 'Scheduled',
    talked: 'Talked',
    thanked: 'Thanked',
    'keeping-in-touch': 'Keeping in touch',
    'closed-no-reply': 'Closed: no reply',
    'closed-declined': 'Closed: declined',
    paused: 'Paused',
  },
  debrief: {
    summary: 'Debrief',
    summaryWho: 'of your talk with {name}',
    intro: 'Write it down the same day, while you remember.',
    learned: 'What I learned',
    advice: 'The advice I got',
    nextSteps: 'What I will do next',
    nextStep: 'Something to do next',
    addStep: 'Add',
    toChecklist: 'Add to checklist',
    toChecklistLabel: 'Add “{text}” to this plan’s checklist',
    inChecklist: 'In the checklist',
    stepAdded: 'Added “{text}” to the checklist.',
    removeStep: 'Remove',
    removeStepLabel: 'Remove “{text}”',
    suggested: 'Names they suggested',
    suggestedName: 'Name',
    suggestedNote: 'Role, organization or why',
    addName: 'Add name',
    makePlan: 'Make a plan',
    makePlanLabel: 'Make a plan for {name}',
    planMade: 'Plan made',
    made: 'Made a plan for {name}, referred by {referrer}.',
    tellStep: 'Tell {name} how it went',
    removeName: 'Remove',
    removeNameLabel: 'Remove {name}',
  },
} as const;

/** The wording the conversations island takes as a prop. */
export type ConversationsText = Translation<typeof conversationsText>;

// The data tools (import, the CSV and calendar downloads) and the printable tracker sheet.

/**
 * The import field, the two downloads and what they say. The conversations page leaves it in the
 * page as props (ConversationsTool.astro) for the code that loads when the section is opened:
 * plain text, `{slots}` filled in code, counted messages as plural forms (src/lib/shared/plural.ts).
 */
export const dataToolsText = {
  heading: 'Import and export',
  importLabel: 'Import from a spreadsheet (CSV)',
  importHint:
    'A sheet from your career center or LinkedIn’s Connections.csv, up to 5 MB. You see everyone in it first and choose whom to add.',
  downloadCsv: 'Download CSV',
  downloadCalendar: 'Download calendar',
  downloadHint:
    'The CSV opens in any spreadsheet and imports back here. The calendar file holds every upcoming dated step; opening it again updates those events rather than adding copies.',
  csvFileName: 'conversations.csv',
  calendarFileName: 'conversations.ics',
  csvDownloaded: {
    one: 'Downloaded {n} person as a CSV file.',
    other: 'Downloaded {n} people as a CSV file.',
  },
  nothingToExport: 'There is nobody to export yet: add a person first.',
  calendarDownloaded: {
    one: 'Downloaded a calendar file with {n} upcoming step. Open it to add it to your calendar.',
    other:
      'Downloaded a calendar file with {n} upcoming steps. Open it to add them to your calendar.',
  },
  nothingUpcoming:
    'No upcoming step has a date yet, so there is nothing to put in a calendar. Steps that are overdue are listed under Today.',
  added: {
    one: 'Added {n} person to your conversations.',
    other: 'Added {n} people to your conversations.',
  },
  cancelled: 'Import cancelled. Nothing was changed.',
  noRoom:
    'There is not enough room in this browser’s storage for that many people, so nothing was added. Choose fewer, or export and delete plans you no longer need.',
} as const;

/** The blank tracker sheet at /print/conversations/. */
export const trackerSheetText = {
  title: 'Conversation tracker sheet',
  description:
    'A blank one-page tracker for informational interviews: who, how you are connected, and the date of each step from asking to keeping in touch.',
  heading: 'Conversation tracker',
  intro:
    'Print this page (landscape fits best) and write one person per row. Fill in each date as it happens: nudge once after a week without a reply, send the thank-you within a day of talking, and tell the person who referred you within a week.',
  toolLink: 'Keep the tracker in your browser instead',
  caption: 'One row per person',
  columns: [
    'Name',
    'Role and organization',
    'How you are connected (referred by)',
    'Asked on (how)',
    'Nudged on',
    'Conversation on',
    'Thanked on',
    'Referrer told on',
    'Next step and date',
  ],
  footer:
    'Nudge once, about a week after asking. Thank within 24 hours. Tell your referrer within a week. Send an update every few months.',
} as const;

// What only an import or an export shows or writes: the import preview, the messages about a
// file, the CSV's headings (and the others the import knows), stages and steps as files write them.

/**
 * The import preview: choosing whom to add from a file. Left in the page as props with the data
 * tools' wording (ConversationsTool.astro): `{slots}` and plural forms, filled in code.
 */
export const importPreviewText = {
  previewHeading: 'People in {file}',
  found: { one: 'Read {file}: {n} person found.', other: 'Read {file}: {n} people found.' },
  /** Said with `found`: how many are chosen to start with, and why. */
  startAll: 'All of them are chosen; untick anyone you do not want to add.',
  startNone: 'Nobody is chosen yet: use the filter and the tick boxes to choose whom to add.',
  startSome: {
    one: '{n} person chosen; the others are already in your conversations.',
    other: '{n} people chosen; the others are already in your conversations.',
  },
  problems: {
    one: '{n} row could not be read and is left out:',
    other: '{n} rows could not be read and are left out:',
  },
  line: 'Line {n}',
  filterLabel: 'Filter by name, role or organization',
  chooseAll: { one: 'Choose all {n} person', other: 'Choose all {n} people' },
  chooseMatching: {
    one: 'Choose all {n} person that match',
    other: 'Choose all {n} people that match',
  },
  clearChosen: 'Choose nobody',
  chosen: { one: '{n} person of {total} chosen.', other: '{n} people of {total} chosen.' },
  /** {shown} of {n} matching. */
  showing: {
    one: 'Showing the first {shown} of {n} person; filter to find the others.',
    other: 'Showing the first {shown} of {n} people; filter to find the others.',
  },
  noMatch: 'Nobody in the file matches that filter.',
  columns: {
    name: 'Name',
    work: 'Role and organization',
    connection: 'Connection',
    line: 'Line in the file',
  },
  already: 'Already in your conversations',
  add: { one: 'Add {n} person', other: 'Add {n} people' },
  addNone: 'Add the people chosen',
  cancel: 'Cancel',
  noneChosen: 'Nobody is chosen: tick at least one person, or cancel.',
} as const;

/** Why a file could not be imported; each ends by saying nothing changed. */
export const csvErrorText = {
  /** {size}: the file's size in MB, to one decimal place. */
  tooBig:
    'That file is {size} MB; the import takes CSV files up to 5 MB. Nothing was changed. Save fewer rows or columns, or split the sheet.',
  empty: 'That file is empty. Nothing was changed.',
  binary:
    'That file is not a CSV text file (it may be an Excel workbook or a PDF). In your spreadsheet program, choose “Save as” or “Download” and pick CSV, then import that. Nothing was changed.',
  json: 'That file is JSON, not CSV. A plans backup from this toolkit is imported from the plan bar (“Rename, delete, export or import”). Nothing was changed.',
  noHeader:
    'No row in that file names its columns in a way the import knows, so no one could be read. The first row of the table should have headings such as Name, Organization, Role and Email (LinkedIn’s Connections.csv has them). Nothing was changed.',
  noRows: 'That file has a row of headings but nobody under it. Nothing was changed.',
} as const;

/** What is wrong with one row; the import lists these by line number and leaves the row out. */
export const csvRowText = {
  noName: 'it has no name.',
  badDate:
    '“{value}” under “{column}” is not a date the import reads (write 2026-03-14, 3/14/2026 or 14 Mar 2026).',
  tooLong: 'the value under “{column}” is longer than {max} characters, more than the form allows.',
  extraCells:
    'it has more cells than the row of headings (a comma inside a value needs quotes around the value).',
  quote: 'a quotation mark opened in it is never closed, so the rest of the file ran into it.',
  badLog: 'the “Log” cell could not be read. Clear that cell to use the date columns instead.',
  badLogLine:
    'the “Log” cell has a line the import does not read: “{line}”. Each line starts with a date and what happened, as in “2026-12-07 asked (email)”; fix that line, or clear the cell to use the date columns instead.',
} as const;

/**
 * Column headings of the CSV export, in order. The import reads these back, and the headings
 * in {@link otherHeadings} too, matched without regard to case, spaces or punctuation.
 */
export const csvColumns = {
  name: 'Name',
  role: 'Role',
  organization: 'Organization',
  field: 'Field',
  email: 'Email',
  connection: 'Connection',
  referrer: 'Referred by',
  eventName: 'Event',
  school: 'School',
  stage: 'Stage',
  asked: 'Asked on',
  channel: 'Asked via',
  replied: 'Replied on',
  nudged: 'Nudged on',
  scheduled: 'Scheduled for',
  talked: 'Talked on',
  thanked: 'Thanked on',
  referrerTold: 'Referrer told on',
  updated: 'Last update on',
  closed: 'Closed on',
  reason: 'Closed because',
  next: 'Next step',
  nextDue: 'Next step due',
  notes: 'Notes',
  learned: 'What I learned',
  advice: 'The advice I got',
  log: 'Log',
  /** The organization's place on the student's target list (1 to 5: the top five); empty when not on it. */
  target: 'Target list rank',
} as const;

/**
 * More headings the import knows, as career-center sheets and LinkedIn's Connections.csv
 * spell them. Columns it does not know are kept too: each value goes into the person's notes
 * under its heading.
 */
export const otherHeadings = {
  name: ['full name', 'contact', 'contact name', 'person', 'who'],
  firstName: ['first name', 'first', 'given name'],
  lastName: ['last name', 'last', 'surname', 'family name'],
  role: ['position', 'title', 'job title', 'job'],
  organization: ['organisation', 'company', 'employer', 'org', 'firm'],
  field: ['industry'],
  email: ['email address', 'e mail', 'e mail address'],
  connection: ['how we met', 'how connected', 'how i know them', 'relationship', 'connection type'],
  referrer: ['referrer', 'referral', 'referred by', 'introduced by'],
  school: ['shared school', 'alma mater'],
  linkedin: ['url', 'linkedin', 'linkedin url', 'profile', 'profile url'],
  connectedOn: ['connected on'],
  asked: ['asked', 'date asked', 'contacted', 'contacted on', 'date contacted', 'request sent'],
  channel: ['channel', 'contact method', 'method'],
  replied: ['replied', 'reply', 'response', 'response date', 'date replied'],
  nudged: ['nudged', 'follow up sent', 'followed up', 'follow up'],
  scheduled: ['meeting', 'meeting date', 'meeting time', 'scheduled', 'interview date'],
  talked: ['talked', 'conversation date', 'date of conversation', 'interviewed on', 'met on'],
  thanked: ['thanked', 'thank you sent', 'thank you note sent', 'thank you'],
  referrerTold: ['referrer told', 'told referrer'],
  updated: ['update sent', 'last update', 'last contact', 'keep in touch'],
  closed: ['closed'],
  reason: ['closed reason', 'reason closed', 'why closed'],
  notes: ['note', 'comments', 'comment'],
  learned: ['learned', 'what i learned', 'takeaways', 'key takeaways'],
  advice: ['advice', 'advice given', 'their advice'],
} as const;

/**
 * The Log column, one line per entry: its date (a date-time as the student's local date and
 * time), what happened, then what else the entry holds, in this order: the channel in
 * brackets, the meeting time, the closing reason after a colon, a note after "; note:".
 *
 *     2026-12-07 asked (email)
 *     2026-12-10 14:30 scheduled for 2026-12-12 15:00
 *     2027-01-20 closed: No reply; note: Moved abroad, try again in June
 *
 * The import reads these words back, and the kinds' ids too ("referrer-told").
 */
export const csvLogText = {
  kinds: {
    asked: 'asked',
    replied: 'replied',
    nudged: 'nudged',
    scheduled: 'scheduled',
    talked: 'talked',
    thanked: 'thanked',
    'referrer-told': 'told the referrer',
    'update-sent': 'sent an update',
    closed: 'closed',
    reopened: 'reopened',
  } satisfies Record<LogKind, string>,
  /** Before a meeting time: "scheduled for 2026-12-12 15:00". */
  meeting: 'for',
  /** Before an entry's note. */
  note: 'note:',
} as const;

/** Notes lines the import writes for what has no field of its own. */
export const csvNoteText = {
  linkedin: 'LinkedIn profile',
  connectedOn: 'Connected on LinkedIn',
} as const;

/** Closing reasons as the export writes them (the import reads these and the ids). */
export const closeReasonText = {
  'no-reply': 'No reply',
  declined: 'Declined',
  paused: 'Paused',
} as const;

/** Stages as the export writes them. */
export const stageText: Record<Stage, string> = {
  'to-contact': 'To contact',
  asked: 'Asked',
  nudged: 'Nudged',
  scheduled: 'Scheduled',
  talked: 'Talked',
  thanked: 'Thanked',
  'keeping-in-touch': 'Keeping in touch',
  'closed-no-reply': 'Closed: no reply',
  'closed-declined': 'Closed: declined',
  paused: 'Paused',
};

/** Next steps, as the export and the calendar file write them; `{name}` is the person's name. */
export const nextStepText: Record<NextStepKind, string> = {
  ask: 'Ask {name} for a conversation',
  nudge: 'Nudge {name} if there is no reply',
  'close-no-reply': 'Close {name} as no reply, or try another way',
  schedule: 'Agree a time with {name}',
  prepare: 'Conversation with {name}',
  talk: 'Conversation with {name}',
  confirm: 'Did your conversation with {name} happen? Log it',
  thank: 'Send a thank-you note to {name}',
  'tell-referrer': 'Tell the person who referred you how it went with {name}',
  update: 'Send {name} a keep-in-touch update',
};

/** The calendar file's event notes. */
export const calendarText = {
  /** The calendar file's maker; {site} is the site's name (a white-label build's own). */
  prodId: '-//{site}//Conversations//EN',
  fallbackName: 'your contact',
  /** Added to every event's description. */
  more: 'Your conversations page in the toolkit has the details and the message to send.',
} as const;
