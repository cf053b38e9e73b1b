/**
 * Wording of the conversations page's data tools: the import field, the CSV and calendar
 * downloads, and the printable tracker sheet. What only an import or an export needs (the
 * preview, the CSV headings, the messages about a file) is in conversations-files.ts, which
 * loads with them, so the page's first script carries none of it.
 */
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
