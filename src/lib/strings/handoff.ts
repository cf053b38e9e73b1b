/**
 * Wording of the plan hand-off: "Continue on the full site" in an embed, and the offer the full
 * site shows when it opens with plans in its address. The button label is rendered into the
 * embed page; the rest is read only by the code that loads when the button is pressed or the
 * offer is shown.
 */
import type { PlanContents } from '../plans/handoff.lazy';

/** "1 step", "3 steps". */
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** “A”, “B”, and “C”: names as a sentence lists them. */
const quoted = (names: string[]) =>
  new Intl.ListFormat('en-US').format(names.map((name) => `“${name}”`));

/** In the embed: the control and what it says after it is pressed. */
export const handoffSendText = {
  /** The control in the embed's footer. */
  button: 'Continue on the full site',
  /** The tab opened, carrying the plans with these names. */
  opened: (names: string[]) =>
    names.length === 1
      ? `Opened the full site in a new tab with “${names[0]}”. Choose “Add to my plans” there to keep it.`
      : `Opened the full site in a new tab with your ${names.length} plans. Choose “Add to my plans” there to keep them.`,
  /** The plans do not fit in a link: they were downloaded as the export file instead. */
  tooLarge: (plans: number, length: number, max: number) =>
    `${plans === 1 ? 'This plan is' : `Your ${plans} plans are`} too large to carry in a link (${length.toLocaleString('en-US')} characters; a link holds up to ${max.toLocaleString('en-US')}), so ${plans === 1 ? 'it was' : 'they were'} downloaded as a file instead. On the full site, open “Rename, delete, export or import” and choose “Import plans from a file”.`,
  /** The browser (or the host site's frame settings) stopped the new tab. */
  blocked: 'The browser did not open a new tab. Use this link instead, which carries your plans:',
  blockedLink: 'Open the full site with your plans',
  /** CompressionStream missing (a browser older than 2023) or failing. */
  failed:
    'This browser cannot pack your plans into a link. Use “Export all plans” in the plan bar and import the file on the full site.',
  fileName: 'interview-plans.json',
} as const;

/** What a plan holds, one line per section with content. */
const sections = (c: PlanContents): string[] => {
  const lines: string[] = [];
  if (c.checklist) {
    const parts = [count(c.checklist.done, 'step') + ' ticked'];
    if (c.checklist.own) parts.push(count(c.checklist.own, 'own step'));
    if (c.checklist.notes) parts.push('notes');
    lines.push(`Checklist: ${parts.join(', ')}`);
  }
  if (c.questions) {
    const parts = [count(c.questions.count, 'question')];
    if (c.questions.answered) parts.push(`${c.questions.answered} with answer notes`);
    lines.push(`Questions: ${parts.join(', ')}`);
  }
  if (c.outreach) {
    const parts: string[] = [];
    if (c.outreach.details) parts.push('your details');
    if (c.outreach.drafts) parts.push(count(c.outreach.drafts, 'edited message'));
    lines.push(`Outreach: ${parts.join(', ')}`);
  }
  if (c.conversation) {
    const parts = [count(c.conversation.entries, 'entry', 'entries') + ' in the log'];
    if (c.conversation.debrief) parts.push('debrief');
    lines.push(`Conversation: ${parts.join(', ')}`);
  }
  return lines;
};

/** On the full site: the offer of plans handed over from an embed. */
export const handoffOfferText = {
  /** The offer's heading, by the number of plans in the address. */
  heading: (plans: number) =>
    plans === 1
      ? 'A plan from the toolkit on another site'
      : `${plans} plans from the toolkit on another site`,
  intro: (plans: number) =>
    `This page opened with ${plans === 1 ? 'a plan' : `${plans} plans`} in its address, from an embedded tool. Nothing is added until you choose:`,
  planLabel: 'Plan',
  personLabel: 'Person',
  contentsLabel: 'Filled in',
  noPerson: 'Not filled in',
  nothing: 'Nothing yet',
  sections,
  /**
   * One plan of several, on one line: its name, the person where that adds to the name, and
   * what is filled in.
   */
  planLine: (c: PlanContents): string => {
    const person = c.person.filter((part) => part !== c.name);
    const lines = sections(c);
    return `${c.name}${person.length ? ` (${person.join(', ')})` : ''}: ${lines.length ? lines.join('; ') : 'nothing filled in yet'}`;
  },
  add: 'Add to my plans',
  /** The one plan handed over is the student's already, in another version. */
  exists: (name: string) =>
    `You already have this plan, as “${name}”. Adding it makes a copy beside yours; yours stays as it is.`,
  /** Of several plans, these are the student's already, in another version. */
  copies: (names: string[]) =>
    `You already have ${quoted(names)} in another version: adding makes a copy of ${names.length === 1 ? 'it' : 'each'} beside yours, and yours ${names.length === 1 ? 'stays as it is' : 'stay as they are'}.`,
  /** Of several plans, these are the student's already, as they are. */
  same: (names: string[]) =>
    `You already have ${quoted(names)} as ${names.length === 1 ? 'it is, so it is' : 'they are, so they are'} not added again.`,
  /** Every plan handed over is the student's already, as it is. */
  allHere: (plans: number) =>
    plans === 1
      ? 'You already have this plan here, as it is. Nothing needs adding.'
      : 'You already have all these plans here, as they are. Nothing needs adding.',
  addCopy: 'Add as a copy',
  copySuffix: ' (copy)',
  decline: 'Do not add',
  /** Added these plans (by name), and the student now works on `current`. */
  added: (names: string[], current: string) =>
    names.length === 1 && names[0] === current
      ? `Added “${current}” to your plans. You are now working on it.`
      : `Added ${names.length === 1 ? `“${names[0]}”` : `${names.length} plans`} to your plans. You are now working on “${current}”.`,
  inMemory:
    'This browser is not saving, so it lasts until you close the tab: export your plans to keep them.',
  declined: 'Not added. Your plans are as they were.',
  noRoom:
    'There is not enough room in this browser’s storage for these plans, so nothing was changed. Export your plans and delete ones you no longer need, then choose again.',
  errorHeading: 'The plans in this address could not be read',
  errors: {
    damaged:
      'The link is damaged or was cut short when it was copied. Nothing was changed. Press “Continue on the full site” in the embed again, or move the plans with “Export all plans” and “Import plans from a file”.',
    'not-a-plan':
      'What it holds is not a plan from this toolkit, or comes from a newer version of it. Nothing was changed.',
    'too-long':
      'It has a field longer than the toolkit’s forms allow, so it was not made here. Nothing was changed.',
  },
  dismiss: 'Dismiss',
} as const;
