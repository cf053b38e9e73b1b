/**
 * Wording of the tools index (/tools/) and of the tool lists there and on the home page. The
 * tools' names are in embed.ts (`toolNames`), the one place every list of tools takes them from.
 */
import type { ToolId } from '../shared/tools';

/** One line on what each tool does, shown under its name wherever the tools are listed. */
export const toolSummaries: Record<ToolId, string> = {
  'question-builder':
    'Choose questions from a large bank, fit them to 15 to 45 minutes and print a sheet.',
  outreach:
    'Write an email, LinkedIn note or text, checked live against what career advisers teach.',
  checklist: 'Every step before, during and after the conversation, ticked off as you go.',
  introduction: 'Write the 30 seconds you say about yourself at the start, and time it out loud.',
  conversations:
    'Everyone you plan to talk to in one place: where each conversation stands and what to do next.',
  organizations:
    'List about 40 places you would like to work, rate them, see who you know at each and start with the top five.',
};

/** The tools index page (/tools/). */
export const toolsIndex = {
  title: 'Tools',
  description:
    'Free tools for informational interviews that work in your browser: questions, outreach messages, a checklist, your introduction and a tracker for every conversation.',
  lead: 'Each tool helps with one part of a conversation, from the first message to the thank-you. They work on the same plans, so a person you add in one is there in the others. Nothing you type leaves this browser.',
  /** A closing line with two links, written around them so each keeps its spaces. */
  more: {
    before: 'Prefer paper? Most tools have a',
    sheets: { label: 'printable sheet', href: '/print/' },
    between: '. Career centers can also',
    embed: { label: 'put the tools on their own website', href: '/embed/' },
    after: '.',
  },
} as const;
