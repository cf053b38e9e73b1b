/**
 * Wording of the plan hand-off: "Continue on the full site" in an embed, and the offer the full
 * site shows when it opens with plans in its address. The button label is rendered into the
 * embed page; the rest the page leaves as props (src/layouts/Embed.astro, src/layouts/Tool.astro)
 * for the code that loads when the button is pressed or the offer is shown. Plain text:
 * `{slots}` filled in code, counted messages as plural forms (src/lib/shared/plural.ts).
 */

/** In the embed: the control and what it says after it is pressed. */
export const handoffSendText = {
  /** The control in the embed's footer. */
  button: 'Continue on the full site',
  /** The tab opened, carrying one plan ({name}) or {n} plans. */
  opened: {
    one: 'Opened the full site in a new tab with “{name}”. Choose “Add to my plans” there to keep it.',
    other:
      'Opened the full site in a new tab with your {n} plans. Choose “Add to my plans” there to keep them.',
  },
  /** The plans do not fit in a link ({length} characters, {max} at most): they were downloaded as the export file instead. */
  tooLarge: {
    one: 'This plan is too large to carry in a link ({length} characters; a link holds up to {max}), so it was downloaded as a file instead. On the full site, open “Rename, delete, export or import” and choose “Import plans from a file”.',
    other:
      'Your {n} plans are too large to carry in a link ({length} characters; a link holds up to {max}), so they were downloaded as a file instead. On the full site, open “Rename, delete, export or import” and choose “Import plans from a file”.',
  },
  /** The browser (or the host site's frame settings) stopped the new tab. */
  blocked: 'The browser did not open a new tab. Use this link instead, which carries your plans:',
  blockedLink: 'Open the full site with your plans',
  /** CompressionStream missing (a browser older than 2023) or failing. */
  failed:
    'This browser cannot pack your plans into a link. Use “Export all plans” in the plan bar and import the file on the full site.',
  fileName: 'interview-plans.json',
} as const;

/** On the full site: the offer of plans handed over from an embed. */
export const handoffOfferText = {
  /** The offer's heading, by the number of plans in the address. */
  heading: {
    one: 'A plan from the toolkit on another site',
    other: '{n} plans from the toolkit on another site',
  },
  intro: {
    one: 'This page opened with a plan in its address, from an embedded tool. Nothing is added until you choose:',
    other:
      'This page opened with {n} plans in its address, from an embedded tool. Nothing is added until you choose:',
  },
  planLabel: 'Plan',
  personLabel: 'Person',
  contentsLabel: 'Filled in',
  noPerson: 'Not filled in',
  nothing: 'Nothing yet',
  /** What a plan holds, one line per section with content; {parts} joins `parts` with commas. */
  sections: {
    checklist: 'Checklist: {parts}',
    questions: 'Questions: {parts}',
    outreach: 'Outreach: {parts}',
    conversation: 'Conversation: {parts}',
  },
  parts: {
    ticked: { one: '{n} step ticked', other: '{n} steps ticked' },
    own: { one: '{n} own step', other: '{n} own steps' },
    notes: 'notes',
    questions: { one: '{n} question', other: '{n} questions' },
    answered: '{n} with answer notes',
    details: 'your details',
    drafts: { one: '{n} edited message', other: '{n} edited messages' },
    entries: { one: '{n} entry in the log', other: '{n} entries in the log' },
    debrief: 'debrief',
  },
  /**
   * One plan of several, on one line: its {name}, the {person} where that adds to the name
   * (`planPerson`, or nothing), and its sections joined with semicolons, or `planEmpty`.
   */
  planLine: '{name}{person}: {contents}',
  planPerson: ' ({person})',
  planEmpty: 'nothing filled in yet',
  /** A plan's name in a sentence that lists names. */
  quote: '“{name}”',
  add: 'Add to my plans',
  /** The one plan handed over is the student's already, in another version. */
  exists:
    'You already have this plan, as “{name}”. Adding it makes a copy beside yours; yours stays as it is.',
  /** Of several plans, these ({names}) are the student's already, in another version. */
  copies: {
    one: 'You already have {names} in another version: adding makes a copy of it beside yours, and yours stays as it is.',
    other:
      'You already have {names} in another version: adding makes a copy of each beside yours, and yours stay as they are.',
  },
  /** Of several plans, these ({names}) are the student's already, as they are. */
  same: {
    one: 'You already have {names} as it is, so it is not added again.',
    other: 'You already have {names} as they are, so they are not added again.',
  },
  /** Every plan handed over is the student's already, as it is. */
  allHere: {
    one: 'You already have this plan here, as it is. Nothing needs adding.',
    other: 'You already have all these plans here, as they are. Nothing needs adding.',
  },
  addCopy: 'Add as a copy',
  copySuffix: ' (copy)',
  decline: 'Do not add',
  /** Added the one plan the student now works on ({current}). */
  addedCurrent: 'Added “{current}” to your plans. You are now working on it.',
  /** Added one plan ({name}) or {n}, and the student now works on {current}. */
  added: {
    one: 'Added “{name}” to your plans. You are now working on “{current}”.',
    other: 'Added {n} plans to your plans. You are now working on “{current}”.',
  },
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
