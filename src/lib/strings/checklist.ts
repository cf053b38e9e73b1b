/**
 * Wording of the prep checklist island. Plain strings with {placeholders} (filled by `fill` in
 * src/lib/checklist/checklist.ts), so the page can pass them to the island as props: serialized into the
 * HTML, not shipped as JavaScript.
 */
export const checklistText = {
  stages: {
    before: 'Before the conversation',
    during: 'During the conversation',
    after: 'After the conversation',
  },
  progress: '{done} of {total} done',
  overall: 'All steps',
  progressOf: 'Progress: {what}',
  announce: '{done} of {total} steps done.',
  /** Above the plan's introduction, first on the printed checklist. */
  introduction: 'My introduction',
  guide: 'Guide: {title}',
  /** Beside a step the conversation log proves done (its box is ticked and fixed). */
  logged: 'Done: in your conversation log, {date}.',
  tool: 'Tool: {name}',
  addLabel: 'Add your own step to “{stage}”',
  add: 'Add',
  added: 'Added “{text}”.',
  remove: 'Remove',
  removeLabel: 'Remove your step “{text}”',
  removed: 'Removed “{text}”.',
  notes: 'Notes for this conversation',
  notesHint: 'Names, advice and resources to follow up on.',
  reset: 'Reset checklist',
  resetConfirm: 'Clear every tick and your own steps in this plan? Your notes stay.',
  resetDone: 'Checklist reset.',
  undo: 'Undo reset',
  undone: 'Reset undone.',
};

/** The wording the checklist island takes as a prop. */
export type ChecklistText = typeof checklistText;

/** Wording of the checklist page and the printable blank sheet (server-rendered only). */
export const checklistPageText = {
  title: 'Prep checklist',
  description:
    'Every step before, during and after an informational interview, with why it matters. Tick steps off, add your own, print it.',
  intro:
    'Work through the steps for one conversation. Your ticks, your own steps and your notes are saved with the plan in this browser.',
  printHint: 'Printing this page prints this plan, with your ticks and notes.',
  blankSheet: 'A blank checklist to print for workshops',
  noscript:
    'Ticks are saved in this browser when JavaScript is on. Without it you can still read and print the list.',
  print: {
    title: 'Printable prep checklist',
    description:
      'A blank one-page checklist for an informational interview, with a ruled notes page, for workshops and classes.',
    heading: 'Informational interview prep checklist',
    intro:
      'A blank checklist for workshops and classes. Print it with your browser (Ctrl+P or ⌘P): the steps fit on one page and the second page is ruled for notes, on Letter or A4.',
    toolLink: 'Keep your own checklist in this browser instead',
    who: 'Talking with',
    when: 'Date',
    notesTitle: 'Notes',
    notesFields: ['Name', 'Role and organization', 'Date and time', 'How we are connected'],
  },
} as const;
