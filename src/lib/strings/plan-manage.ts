/**
 * Wording of the plan bar's rename, delete, export and import controls. Kept apart from
 * plans.ts because that code loads only when the user opens it. The plan bar leaves it in the
 * page as props (PlanBar.astro) and the code that loads reads it there, so it is plain text:
 * `{slots}` filled in code, and counted messages as their plural forms (src/lib/shared/plural.ts).
 */
export const planManageText = {
  rename: 'Rename',
  renameLabel: 'New name for this plan',
  save: 'Save name',
  cancel: 'Cancel',
  renamed: 'Renamed to “{name}”.',
  remove: 'Delete this plan',
  removed: 'Deleted “{name}”.',
  undo: 'Undo delete',
  restored: 'Restored “{name}”.',
  exportAll: 'Export all plans',
  exported: 'Downloaded your plans as a file.',
  fileName: 'interview-plans.json',
  importFile: 'Import plans from a file',
  importHint: 'A file exported from this toolkit, up to 1 MB.',
  importChoice: 'When importing',
  merge: 'Add to my plans',
  replace: 'Replace my plans',
} as const;

/** What an import says it did, or why it changed nothing. */
export const planImportText = {
  json: 'That file is not valid JSON. Nothing was changed.',
  shape: 'That file does not hold toolkit plans. Nothing was changed.',
  empty: 'That file has no plans in it. Nothing was changed.',
  organizations:
    'The target organizations in that file cannot be read, or one has a name longer than the form allows. Nothing was changed.',
  /** {size}: the file's size in MB, to one decimal place. */
  tooBig:
    'That file is {size} MB; the toolkit imports files up to 1 MB. Nothing was changed. Choose a file exported from this toolkit, or split a large one by exporting fewer plans.',
  /** A field longer than its form allows; {n} counts plans in the file from 1, {field} is one of `fields`. */
  tooLong:
    'Plan {n} in the file (“{name}”) has {field} longer than {max} characters, more than the form allows. Nothing was changed.',
  fields: {
    name: 'a name',
    person: 'a detail about the person',
    outreach: 'an outreach detail about you',
    step: 'a checklist step',
    introPart: 'a part of the introduction',
    introText: 'the introduction',
  },
  noRoom: {
    merge:
      "There is not enough room in this browser's storage for your plans and the file together, so nothing was changed. Export your plans, delete ones you no longer need, then import again, or choose “Replace my plans”.",
    replace:
      "There is not enough room in this browser's storage for the plans in this file, so nothing was changed. Export your plans, delete ones you no longer need, then import again.",
  },
  replaced: {
    one: 'Imported {n} plan, in place of your previous plans.',
    other: 'Imported {n} plans, in place of your previous plans.',
  },
  /** A merge that added or updated plans: {updated} and {kept} are the two notes below, or nothing. */
  merged: { one: 'Imported {n} plan{updated}{kept}.', other: 'Imported {n} plans{updated}{kept}.' },
  mergedUpdated: ' ({n} replacing an older copy)',
  mergedKept: {
    one: '; kept your copy of {n} plan, as new or newer',
    other: '; kept your copy of {n} plans, as new or newer',
  },
  nothingNew: 'Nothing to import: you already have these plans, as new or newer.',
  inMemory:
    'This browser is not saving, so they last until you close the tab: export them to keep them.',
} as const;
