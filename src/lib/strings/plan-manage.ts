/**
 * Wording of the plan bar's rename, delete, export and import controls. Kept apart from
 * plans.ts because that code loads only when the user opens it.
 */
export const planManageText = {
  rename: 'Rename',
  renameLabel: 'New name for this plan',
  save: 'Save name',
  cancel: 'Cancel',
  renamed: (name: string) => `Renamed to “${name}”.`,
  remove: 'Delete this plan',
  removed: (name: string) => `Deleted “${name}”.`,
  undo: 'Undo delete',
  restored: (name: string) => `Restored “${name}”.`,
  exportAll: 'Export all plans',
  exported: 'Downloaded your plans as a file.',
  fileName: 'interview-plans.json',
  importFile: 'Import plans from a file',
  importHint: 'A file exported from this toolkit, up to 1 MB.',
  importChoice: 'When importing',
  merge: 'Add to my plans',
  replace: 'Replace my plans',
} as const;

/** "1 plan", "3 plans". */
const plans = (n: number) => `${n} ${n === 1 ? 'plan' : 'plans'}`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** What an import says it did, or why it changed nothing. */
export const planImportText = {
  json: 'That file is not valid JSON. Nothing was changed.',
  shape: 'That file does not hold toolkit plans. Nothing was changed.',
  empty: 'That file has no plans in it. Nothing was changed.',
  organizations:
    'The target organizations in that file cannot be read, or one has a name longer than the form allows. Nothing was changed.',
  tooBig: (bytes: number) =>
    `That file is ${mb(bytes)}; the toolkit imports files up to 1 MB. Nothing was changed. Choose a file exported from this toolkit, or split a large one by exporting fewer plans.`,
  /** A field longer than its form allows; n counts plans in the file from 1. */
  tooLong: (n: number, name: string, field: string, max: number) =>
    `Plan ${n} in the file (“${name.length > 40 ? `${name.slice(0, 40)}…` : name}”) has ${field} longer than ${max} characters, more than the form allows. Nothing was changed.`,
  fields: {
    name: 'a name',
    person: 'a detail about the person',
    outreach: 'an outreach detail about you',
    step: 'a checklist step',
    introPart: 'a part of the introduction',
    introText: 'the introduction',
  },
  noRoom: (how: 'merge' | 'replace') =>
    `There is not enough room in this browser's storage for ${how === 'merge' ? 'your plans and the file together' : 'the plans in this file'}, so nothing was changed. Export your plans, delete ones you no longer need, then import again${how === 'merge' ? ', or choose “Replace my plans”' : ''}.`,
  replaced: (n: number) => `Imported ${plans(n)}, in place of your previous plans.`,
  merged: ({ added, updated, kept }: { added: number; updated: number; kept: number }) =>
    added + updated
      ? `Imported ${plans(added + updated)}${updated ? ` (${updated} replacing an older copy)` : ''}${kept ? `; kept your copy of ${plans(kept)}, as new or newer` : ''}.`
      : 'Nothing to import: you already have these plans, as new or newer.',
  inMemory:
    'This browser is not saving, so they last until you close the tab: export them to keep them.',
} as const;
