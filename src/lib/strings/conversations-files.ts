/**
 * Wording that loads only with an import or an export of conversations: the import preview,
 * why a file or a row could not be read, the CSV's column headings (and the other headings the
 * import knows), stages and next steps as files write them, and the calendar's notes.
 */
import type { LogKind, NextStepKind, Stage } from '../conversations/log';

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
