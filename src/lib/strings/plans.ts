/** Wording of plans, saved-data notices and the plan bar shown above every tool. */
export const plansText = {
  /** Name of the plan everyone starts with. */
  defaultName: 'My first conversation',
  /** Name of a plan created without a name; n counts plans. */
  newName: (n: number) => `Conversation ${n}`,
  notices: {
    corrupt: (backupKey?: string) =>
      `Your saved plans could not be read, so this is a fresh start. The old copy is kept${backupKey ? ` under “${backupKey}”` : ''}.`,
    blocked:
      'This browser blocks saving here (private browsing?). Your work lasts until you close the tab: export it to keep it.',
    quota:
      'Browser storage is full. Your work lasts until you close the tab: export it to keep it.',
    migrated: 'Your saved plan was updated to the new format.',
    imported: (n: number) => `Imported ${n} ${n === 1 ? 'plan' : 'plans'}.`,
  },
  importErrors: {
    json: 'That file is not valid JSON. Nothing was changed.',
    shape: 'That file does not hold toolkit plans. Nothing was changed.',
    empty: 'That file has no plans in it. Nothing was changed.',
  },
  bar: {
    label: 'Conversation plan',
    select: 'Working on',
    create: 'New plan',
    created: (name: string) => `Created “${name}”.`,
    switched: (name: string) => `Now working on “${name}”.`,
    manage: 'Rename, delete, export or import',
    dismiss: 'Dismiss',
  },
} as const;
