/**
 * Wording of the outreach message tool. The page passes this dictionary to the island as
 * props (HTML, not JavaScript), so rewording costs no script budget. `{name}` marks a value
 * filled in at run time. Message templates themselves live in src/content/templates.
 */

/** Page title, summary and introduction. */
export const page = {
  title: 'Outreach message generator',
  description:
    'Write a short, specific message asking for an informational interview, by email, LinkedIn, text or alumni platform, with live checks.',
  intro:
    'Pick how you will reach them, fill in who they are and who you are, and get a short message to send. The checks underneath flag what career advisers see most often, and everything you type is kept with your plan in this browser.',
  noscript:
    'The message generator needs JavaScript. Below is a sample email built from the same template: copy it and put in your own details.',
  sampleHeading: 'A sample first email',
  sampleCaption:
    'Built from the email template with made-up details. Replace every detail with your own.',
} as const;

/** Shown in place of an empty field, in square brackets, so nothing is sent half-filled. */
export const missing = {
  theirName: 'their name',
  theirFirstName: 'their name',
  role: 'their role',
  organization: 'their organization',
  referrer: 'who referred you',
  eventName: 'event name',
  school: 'shared school',
  connectionText: 'how you know them',
  yourName: 'your name',
  yourFirstName: 'your name',
  signature: 'your name',
  yourSchool: 'your school or program',
  interest: 'your interest',
} as const;

/** Made-up details for the sample message shown without JavaScript. */
export const sample = {
  person: {
    name: 'Maria Lopez',
    role: 'policy analyst',
    organization: 'the City Climate Office',
    connection: 'referral',
    referrer: 'Professor Chen',
  },
  outreach: {
    senderName: 'Sam Rivera',
    senderSchool: 'Lakeside College',
    interest: 'climate policy',
    askMinutes: 20,
    askFormat: 'video',
    tone: 'warm',
  },
} as const;

/** How the student knows the person, as the form names each kind (the CSV import reads every
 * language's). */
export const connectionLabels = {
  '': 'Not connected yet',
  friend: 'A friend',
  family: 'Family',
  school: 'Same school (alumni)',
  linkedin: 'LinkedIn',
  event: 'Met at an event',
  referral: 'Someone referred me',
  other: 'Something else',
} as const;

/** Labels of the form, the message area and the follow-up dates. */
export const ui = {
  channelLegend: 'How you will reach them',
  channel: 'Channel',
  tone: 'Tone',
  tones: { warm: 'Warm', formal: 'Formal' },
  themLegend: 'About them',
  theirName: 'Their name',
  role: 'Their role or job title',
  organization: 'Their organization',
  connection: 'How you are connected',
  connections: connectionLabels,
  referrer: 'Who referred you',
  eventName: 'Name of the event',
  school: 'The school you share',
  connectionText: 'How you know them, in one sentence',
  email: 'Their email address (optional, for your mail app)',
  youLegend: 'About you',
  youHint: 'Kept once and used in every plan’s messages and in your introduction.',
  ownDetails: 'Use different details for this person only',
  ownHint: 'These details are for this person only; your usual ones stay as they are.',
  yourName: 'Your name',
  yourSchool: 'Your school or program',
  signature: 'How you sign your messages (optional)',
  signatureHint: 'Left empty, messages end with your name.',
  schoolHint: 'Left empty, it is your own school: {school}.',
  interest: 'Your broad interest',
  interestHint: 'A field or kind of work, such as “climate policy”, not a job title.',
  askMinutes: 'How long to ask for',
  minutes: '{n} minutes',
  askFormat: 'Format',
  formats: { call: 'Phone call', video: 'Video call', coffee: 'Coffee' },
  messageHeading: 'Your message',
  subject: 'Subject',
  body: 'Message',
  premium: 'I have LinkedIn Premium (300 characters)',
  words: '{count} words',
  characters: '{count} of {max} characters',
  edited: 'You edited this message, so changes to the details above no longer change it.',
  reset: 'Start again from the template',
  copy: 'Copy message',
  copySubject: 'Copy subject',
  mailto: 'Open in your mail app',
  copied: 'Message copied to the clipboard.',
  subjectCopied: 'Subject copied to the clipboard.',
  copyFailed: 'Could not copy. Select the text and copy it with your keyboard.',
  checksHeading: 'Checks',
  states: { pass: 'Fine:', warn: 'Tip:', fail: 'To fix:' },
  checksSummary: '{fail} to fix, {pass} fine',
  readMore: 'More in the guide: {title}',
  datesHeading: 'Follow-up dates',
  /** "Mark as sent" for each kind of message, by the template's stage. */
  markSent: {
    first: 'Mark as sent today',
    nudge: 'Mark the nudge as sent today',
    thanks: 'Mark the thank-you as sent today',
    update: 'Mark the update as sent today',
  },
  unmarkSent: 'Undo: mark as not sent',
  markedSent: 'Marked as sent in your conversation log. Follow-up dates updated.',
  unmarkedSent: 'Taken out of your conversation log: not sent.',
  sentOn: 'First message sent on {date}.',
  /** What the log says was sent, by the template's stage (the first message says sentOn). */
  sentKind: {
    nudge: 'Nudge sent on {date}.',
    thanks: 'Thank-you sent on {date}.',
    update: 'Update sent on {date}.',
  },
  talkedOn: 'You talked on {date}.',
  /** The next step, in the words Today uses for it ({step}), and the day it is due. */
  nextStep: 'Next step: {step}, due {date}.',
  meeting: 'When is the conversation?',
  thanksBy: 'Send your thank-you note by {date}.',
  updateOn: 'Send a keep-in-touch update around {date}.',
  noDates:
    'Mark your message as sent, or add the date of the conversation, to work out when to follow up.',
  download: 'Download calendar reminders (.ics)',
  downloaded: 'Calendar file downloaded. Open it to add the reminders.',
  printHeading: 'Message',
} as const;

/** Calendar reminder titles and notes; `{name}` is the person's name. */
export const reminders = {
  nudge: 'Nudge {name} if there is no reply',
  nudgeDetail:
    'A week has passed since your first message. If there is no reply, send one short, polite nudge, then let it go.',
  close: 'Close your request to {name} if there is still no reply',
  closeDetail:
    'A week has passed since your nudge. If there is still no reply, close it as no reply on your conversations page: it stays there, and a late answer opens it again.',
  thanks: 'Send a thank-you note to {name}',
  thanksDetail:
    'Send it within 24 hours of the conversation. Mention one specific thing they said and what you will do with it.',
  update: 'Send {name} a keep-in-touch update',
  updateDetail: 'Tell them what you did with their advice and what happened since you spoke.',
  fallbackName: 'your contact',
  fileName: 'follow-up-reminders.ics',
} as const;

/** One check's wording: what is fine, what to fix, why, and the guide that explains it. */
export interface CheckText {
  pass: string;
  fail: string;
  warn?: string;
  reason: string;
  /** Slug of the guide that explains the rule; the link is shown only if the guide exists. */
  guide: string;
}

/** Wording of each check. `length` covers words; `noteLength` covers the LinkedIn note. */
export const checks: Record<string, CheckText> = {
  length: {
    pass: '{count} words: short enough to read on a phone.',
    warn: '{count} words: under {max}, which is fine. {target} or fewer is even better.',
    fail: '{count} words: cut it to under {max}.',
    reason:
      'Career advisers teach fewer than 100 words, so it fits on a phone screen without scrolling.',
    guide: 'reaching-out',
  },
  noteLength: {
    pass: '{count} of {max} characters: it fits.',
    fail: '{count} of {max} characters: {over} too many. LinkedIn will not send it.',
    reason:
      'LinkedIn allows 200 characters on a free account and 300 with Premium. It does not say how it counts, so emoji count as two here to be safe.',
    guide: 'linkedin',
  },
  placeholders: {
    pass: 'Nothing left to fill in.',
    fail: 'Fill in or remove: {found}',
    reason: 'A leftover [Name] is the surest sign of a template, and most readers stop there.',
    guide: 'mistakes-and-faq',
  },
  subject: {
    pass: 'The subject line says what the email is about.',
    fail: 'Give it a specific subject, such as who referred you and the topic.',
    reason: 'A clear subject gets the email opened; “Quick question” gets it skipped.',
    guide: 'reaching-out',
  },
  connectionFirst: {
    pass: 'Your connection comes first.',
    fail: 'Say how you know them, or how you found them, in the first sentence.',
    reason: 'A shared school, a referrer or an event is why a busy person keeps reading.',
    guide: 'reaching-out',
  },
  ask: {
    pass: 'There is a clear ask.',
    fail: 'End with one clear question, such as whether they would be open to a 20-minute call.',
    reason: 'A specific, small request is easy to say yes to; “let me know your thoughts” is not.',
    guide: 'reaching-out',
  },
  opener: {
    pass: 'No stock phrases.',
    fail: 'Cut the stock phrase: {found}',
    reason: 'Lines like “I hope this email finds you well” use up words and sound like a template.',
    guide: 'mistakes-and-faq',
  },
  jobAsk: {
    pass: 'It asks for advice, not a job.',
    fail: 'Leave out jobs, internships and referrals: {found}',
    reason:
      'An informational interview is a conversation to learn. Asking for a job in the first message turns a favour into a transaction.',
    guide: 'what-is-an-informational-interview',
  },
  resume: {
    pass: 'No résumé or attachment.',
    fail: 'Leave out the résumé or attachment: {found}',
    reason:
      'Send a résumé only if they ask for it; an attachment makes the message read like an application.',
    guide: 'mistakes-and-faq',
  },
  aboutThem: {
    pass: 'It is more about them than about you.',
    fail: 'It talks about you ({self} × I, me, my) more than about them ({reader} × you, your).',
    reason: 'People answer messages about their own work and advice.',
    guide: 'reaching-out',
  },
};
