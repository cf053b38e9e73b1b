/**
 * Wording of the conversations page. The island's wording is plain strings with {slots}
 * (filled by `fill`), passed as props: serialized into the HTML, not shipped as JavaScript.
 */

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
