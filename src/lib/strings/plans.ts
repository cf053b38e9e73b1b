/** Wording of plans, saved-data notices and the plan bar shown above every tool. */
export const plansText = {
  /** Name of the plan everyone starts with. */
  defaultName: 'My first conversation',
  /** Name of a plan created without a name; n counts plans. */
  newName: (n: number) => `Conversation ${n}`,
  notices: {
    corrupt: (backupKey?: string) =>
      backupKey
        ? `Your saved plans could not be read, so you are starting fresh. The unreadable copy is kept in this browser under “${backupKey}”.`
        : 'Your saved plans could not be read, so you are starting fresh. The unreadable copy was left untouched.',
    blocked:
      'This browser is not letting the toolkit save (private browsing or blocked storage). Your work stays in this tab until you close it; use Export to keep a copy.',
    quota:
      'Browser storage is full, so changes are kept only in this tab until you close it. Use Export to keep a copy.',
    migrated: 'Your saved plan was updated to the new format.',
    imported: (n: number) => `Imported ${n} ${n === 1 ? 'plan' : 'plans'}.`,
  },
  importErrors: {
    json: 'That file is not a toolkit export (it is not valid JSON). Nothing was changed.',
    shape: 'That file does not contain toolkit plans in a form we can read. Nothing was changed.',
    empty: 'That file has no plans in it. Nothing was changed.',
  },
  bar: {
    label: 'Conversation plan',
    select: 'Working on',
    actions: 'Plan actions',
    create: 'New plan',
    rename: 'Rename',
    renameLabel: 'New name for this plan',
    save: 'Save name',
    cancel: 'Cancel',
    remove: 'Delete',
    removed: (name: string) => `Deleted “${name}”.`,
    undo: 'Undo',
    restored: (name: string) => `Restored “${name}”.`,
    created: (name: string) => `Created “${name}”.`,
    renamed: (name: string) => `Renamed to “${name}”.`,
    switched: (name: string) => `Now working on “${name}”.`,
    files: 'Export or import plans',
    exportAll: 'Export plans',
    exported: 'Downloaded your plans as a file.',
    importFile: 'Import plans',
    importChoice: 'When importing',
    merge: 'Add to my plans',
    replace: 'Replace my plans',
    dismiss: 'Dismiss',
    memoryOnly: 'Not saved in this browser',
    fileName: 'interview-plans.json',
  },
} as const;
