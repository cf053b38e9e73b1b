/**
 * Wording of the introduction builder and its printable worksheet. `{name}` marks a value filled
 * in at run time. The island takes `introText`, `introChecks` and `joinPhrases` as props (HTML,
 * not JavaScript), in the page's language (Spanish: ./es/introduction.json).
 */
import type { IntroPartId } from '../plans/plan';
import type { Translation } from '../i18n/lang';

/** The spoken pace the time estimate uses, in words a minute (people speak 120 to 150). */
export const wordsPerMinute = 130;

/**
 * The sentences the tool joins the parts with. Each part is said after its lead-in; a student
 * who types the lead-in too (any of `typed`, compared without case) does not get it twice.
 */
export const joinPhrases = {
  greeting: 'Thank you for making the time to talk, {name}.',
  greetingNoName: 'Thank you for making the time to talk.',
  lead: {
    who: "I'm",
    curious: "Lately I've been curious about",
    why: 'I wanted to talk with you because',
    learn: "In our conversation, I'd love to learn",
  },
  typed: {
    who: ["i'm", 'i am', 'my name is'],
    curious: [
      "lately i've been curious about",
      "i've been curious about",
      "i'm curious about",
      'i am curious about',
      'curious about',
    ],
    why: ['i wanted to talk with you because', 'i wanted to talk to you because', 'because'],
    learn: [
      "in our conversation, i'd love to learn",
      "i'd love to learn",
      'i would love to learn',
      'i hope to learn',
      'to learn',
    ],
  },
  /** Said in place of the "who" part while it is empty, from the student's own details. */
  whoStudent: '{name}, a student at {school}',
  /** Said in place of the "why" part while it is empty, from the person's role and organization. */
  roleAt: "I'd love to hear about your role as {role} at {organization}.",
  roleOnly: "I'd love to hear about your role as {role}.",
  orgOnly: "I'd love to hear about your work at {organization}.",
  /** How the student knows the person, said before the reason, by the plan's connection. */
  connection: {
    referral: '{referrer} suggested I talk with you.',
    school: 'I saw that you also studied at {school}.',
    event: 'We met at {eventName}.',
    linkedin: 'I came across your profile on LinkedIn.',
  } as Partial<Record<string, string>>,
} as const;

/** The phrases joining needs, in any language (a translation keeps the same shape). */
export type JoinPhrases = Translation<typeof joinPhrases>;

/** One part of the introduction: its label, a one-line hint and two examples. */
export interface PartText {
  label: string;
  hint: string;
  /** A student's words for this part (Sam, a psychology student curious about UX research). */
  example: string;
  /** A career changer's words for it (Dana, a teacher moving into quality assurance). */
  changer: string;
}

/** Page title, summary and the text shown without JavaScript. */
export const introPage = {
  title: 'Introduction builder',
  description:
    'Write the 30-second introduction you give at the start of an informational interview, see how long it takes to say, and practise it with a timer.',
  intro:
    'Fill in four short parts and the tool joins them into one paragraph you can say out loud in about 30 seconds. Edit it until it sounds like you, then time yourself. Everything is kept with your plan in this browser.',
  noscript:
    'The builder needs JavaScript to join, count and time your introduction. Without it, use the worksheet below: write each part on the lines, then read it aloud with a watch.',
  worksheetHeading: 'Introduction worksheet',
  printHint: 'For a workshop or class:',
  printLink: 'a blank one-page worksheet to print',
} as const;

/** Wording of the island, passed as a prop. */
export const introText = {
  partsHeading: 'The four parts',
  partsIntro:
    'Write a few words for each part, not whole speeches. The words in bold are added for you.',
  examplePrefix: 'For example:',
  /** Before the career changer's example of each part. */
  changerPrefix: 'Changing careers:',
  parts: {
    who: {
      label: 'Who you are',
      hint: 'Your name, then your year and program, or your current job if you are changing careers.',
      example: 'Sam, a second-year psychology student at Carver College',
      changer: 'Dana, a high school chemistry teacher for eight years',
    },
    curious: {
      label: 'What you are curious about',
      hint: 'One field, question or kind of work, and what started your interest.',
      example:
        'how research shapes the apps people use every day, since a class on decision-making',
      changer:
        "quality work at drug companies, since I began running our school's lab safety checks",
    },
    why: {
      label: 'Why this person',
      hint: 'How you found them and what about their path made you want to ask them.',
      example:
        'you moved from psychology into UX research, which is the step I am trying to picture',
      changer: 'you taught science before moving into quality assurance, the step I am weighing',
    },
    learn: {
      label: 'What you hope to learn',
      hint: 'One or two things you want to understand by the end of the conversation.',
      example: 'what a normal week looks like for you and how you made the switch',
      changer: 'which parts of teaching count in your field, and what I would need to learn first',
    },
  } satisfies Record<IntroPartId, PartText>,
  personNote:
    'Their name, role and organization and how you know them come from this plan. Change them in the outreach or question tool.',
  textHeading: 'Your introduction',
  textLabel: 'The introduction as you will say it',
  textHint: 'Change any word. Once you edit it here, the parts above no longer change it.',
  empty: 'Fill in a part above and your introduction appears here.',
  edited: 'You edited this text, so changes to the parts no longer change it.',
  reset: 'Rebuild it from the parts',
  resetDone: 'Introduction rebuilt from the parts.',
  length:
    '{words} words: about {time} to say at {wpm} words a minute. Aim for about 30 seconds, roughly 65 words.',
  /** A time in seconds, as the sentences around it use it ({time}). */
  second: '1 second',
  seconds: '{n} seconds',
  long: 'That is over 45 seconds. Cut a sentence, so they get to talk sooner.',
  short: 'That is under 15 seconds. Add a little about what you are curious about.',
  checksHeading: 'Checks',
  checksSummary: '{fail} to fix, {pass} fine',
  states: { pass: 'Fine:', fail: 'To fix:' },
  practiceHeading: 'Practise out loud',
  practiceIntro:
    'Say it out loud as you would in the conversation. Start the timer, speak, then stop it.',
  practiceOpen: 'Practise with a timer',
  practiceClose: 'Close practice',
  practiceEmpty: 'Write your introduction first, then practise it here.',
  start: 'Start timer',
  stop: 'Stop timer',
  clock: 'Time so far',
  result: 'That took {time}.',
  resultBest: 'That took {time}, your closest yet to 30 seconds.',
  resultLong: 'That took {time}. Try to finish within 45 seconds.',
  last: 'Last time: {time}.',
  best: 'Best time: {time}.',
} as const;

/** The wording the introduction island takes as a prop, in any language. */
export type IntroText = Translation<typeof introText>;

/** One check's wording: what is fine, what to fix, and why. */
export interface IntroCheckText {
  pass: string;
  fail: string;
  reason: string;
}

/** Wording of each check, by the id in src/lib/introduction/checks.ts. */
export const introChecks = {
  who: {
    pass: 'It says who you are.',
    fail: 'Say who you are: your name and what you study or do.',
    reason: 'They agreed to talk with a stranger. A clear first line tells them how to help you.',
  },
  reason: {
    pass: 'It gives a reason for choosing them.',
    fail: 'Say why you wanted to talk with this person in particular.',
    reason: 'People open up when they hear what drew you to their path, not just their job title.',
  },
  ending: {
    pass: 'It ends with what you hope to learn.',
    fail: 'End with what you hope to learn, or a question, so they know where to start.',
    reason: 'The last sentence hands the conversation over to them.',
  },
  jobAsk: {
    pass: 'It asks to learn, not for a job.',
    fail: 'Leave out jobs, internships and referrals: {found}',
    reason:
      'An informational interview is for learning. Asking for a job here makes a favour feel like a deal.',
  },
  placeholders: {
    pass: 'Nothing left to fill in.',
    fail: 'Fill in or remove: {found}',
    reason:
      'A leftover [blank] is easy to miss when you read it out, and it stops you mid-sentence.',
  },
} satisfies Record<string, IntroCheckText>;

/** Wording of the blank worksheet (/print/introduction/). */
export const introSheet = {
  title: 'Introduction worksheet',
  description:
    'A blank one-page worksheet for writing a 30-second introduction for an informational interview, for workshops and classes.',
  heading: 'My 30-second introduction',
  intro:
    'Write a few words for each part, then join them into three or four sentences and say them aloud. At about 130 words a minute, 30 seconds is roughly 65 words.',
  toolLink: 'Write and time it in your browser instead',
  whole: 'All together, as I will say it',
  timing: 'Time it out loud',
  tries: ['First try', 'Second try', 'Third try'],
  seconds: 'seconds',
} as const;
