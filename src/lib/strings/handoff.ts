/**
 * Wording of the plan hand-off: "Continue on the full site" in an embed, and the offer the full
 * site shows when it opens with a plan in its address. The button label is rendered into the
 * embed page; the rest is read only by the code that loads when the button is pressed or the
 * offer is shown.
 */
import type { PlanContents } from '../plans/handoff.lazy';

/** "1 step", "3 steps". */
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** A day as the offer shows it, e.g. "March 2, 2026". */
const day = (iso: string) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleDateString('en-US', { dateStyle: 'long' });
};

/** In the embed: the control and what it says after it is pressed. */
export const handoffSendText = {
  /** The control in the embed's footer. */
  button: 'Continue on the full site',
  opened: (name: string) =>
    `Opened the full site in a new tab with “${name}”. Choose “Add to my plans” there to keep it.`,
  /** The plan does not fit in a link: it was downloaded as the export file instead. */
  tooLarge: (length: number, max: number) =>
    `This plan is too large to carry in a link (${length.toLocaleString('en-US')} characters; a link holds up to ${max.toLocaleString('en-US')}), so it was downloaded as a file instead. On the full site, open “Rename, delete, export or import” and choose “Import plans from a file”.`,
  /** The browser (or the host site's frame settings) stopped the new tab. */
  blocked:
    'The browser did not open a new tab. Use this link instead, which carries the same plan:',
  blockedLink: 'Open the full site with this plan',
  fullSite: 'Open the full site',
  /** CompressionStream missing (a browser older than 2023) or failing. */
  failed:
    'This browser cannot pack the plan into a link. Use “Export all plans” in the plan bar and import the file on the full site.',
  fileName: 'interview-plan.json',
} as const;

/** On the full site: the offer of a plan handed over from an embed. */
export const handoffOfferText = {
  heading: 'A plan from the toolkit on another site',
  intro:
    'This page opened with a plan in its address, from an embedded tool. Nothing is added until you choose:',
  planLabel: 'Plan',
  personLabel: 'Person',
  contentsLabel: 'Filled in',
  noPerson: 'Not filled in',
  nothing: 'Nothing yet',
  /** One line per section with content. */
  sections: (c: PlanContents): string[] => {
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
      if (c.outreach.sentAt) parts.push(`sent ${day(c.outreach.sentAt)}`);
      if (c.outreach.meetingAt) parts.push(`conversation ${day(c.outreach.meetingAt)}`);
      lines.push(`Outreach: ${parts.join(', ')}`);
    }
    return lines;
  },
  add: 'Add to my plans',
  /** The student already has a plan with this id (e.g. handed over twice). */
  exists: (name: string) =>
    `You already have this plan, as “${name}”. Adding it makes a copy beside yours; yours stays as it is.`,
  addCopy: 'Add as a copy',
  copySuffix: ' (copy)',
  decline: 'Do not add',
  added: (name: string) => `Added “${name}” to your plans. You are now working on it.`,
  inMemory:
    'This browser is not saving, so it lasts until you close the tab: export your plans to keep them.',
  declined: 'Not added. Your plans are as they were.',
  noRoom:
    'There is not enough room in this browser’s storage for this plan, so nothing was changed. Export your plans and delete ones you no longer need, then choose again.',
  errorHeading: 'The plan in this address could not be read',
  errors: {
    damaged:
      'The link is damaged or was cut short when it was copied. Nothing was changed. Press “Continue on the full site” in the embed again, or move the plan with “Export all plans” and “Import plans from a file”.',
    'not-a-plan':
      'What it holds is not a plan from this toolkit, or comes from a newer version of it. Nothing was changed.',
    'too-long':
      'It has a field longer than the toolkit’s forms allow, so it was not made here. Nothing was changed.',
  },
  dismiss: 'Dismiss',
} as const;
