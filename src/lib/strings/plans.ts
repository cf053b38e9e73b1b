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
      'Browser storage is full: your latest changes last until you close the tab. Export your plans, then delete ones you no longer need; they are saved once there is room.',
    saved: 'Browser storage has room again: all your changes are saved.',
    migrated: 'Your saved plan was updated to the new format.',
  },
  bar: {
    label: 'Conversation plan',
    select: 'Working on',
    create: 'New plan',
    created: (name: string) => `Created “${name}”.`,
    switched: (name: string) => `Now working on “${name}”.`,
    manage: 'Rename, delete, export or import',
    /** Link to the conversations page, where every plan is listed. */
    conversations: 'All conversations',
    conversationsHref: '/tools/conversations/',
    dismiss: 'Dismiss',
    backup: 'Download a backup',
    /** Quiet reminder: some plan holds work not exported for two weeks, or never (one line at 320 px). */
    backupDue: (when: string | null) => (when ? 'No backup in 2 weeks.' : 'Not backed up yet.'),
    dismissBackup: 'Dismiss backup reminder',
    lastExport: (when: string | null) =>
      when ? `Last backup ${formatDay(when)}.` : 'No backup yet.',
  },
} as const;

/** A day as the plan bar shows it, e.g. "March 2, 2026". */
export const formatDay = (iso: string) =>
  new Date(iso).toLocaleDateString('en-US', { dateStyle: 'long' });
