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
  importFile: 'Import plans from a file',
  importChoice: 'When importing',
  merge: 'Add to my plans',
  replace: 'Replace my plans',
  fileName: 'interview-plans.json',
} as const;
