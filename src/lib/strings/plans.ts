/**
 * Wording of plans, saved-data notices and the plan bar shown above every tool. The plan bar
 * takes it as props (a data block in the page's HTML, see PlanBar.astro), so rewording or
 * translating it costs no JavaScript. `{name}` marks a value filled in at run time.
 */
export const plansText = {
  /** Name of the plan everyone starts with. */
  defaultName: 'My first conversation',
  /** Name of a plan created without a name; {n} counts plans. */
  newName: 'Conversation {n}',
  notices: {
    corrupt:
      'Your saved plans could not be read, so this is a fresh start. The old copy is kept under “{key}”.',
    /** When the unreadable copy could not be kept (storage full). */
    corruptLost: 'Your saved plans could not be read, so this is a fresh start.',
    blocked:
      'This browser blocks saving here (private browsing?). Your work lasts until you close the tab: export it to keep it.',
    quota:
      'Browser storage is full: your latest changes last until you close the tab. Export your plans, then delete ones you no longer need; they are saved once there is room.',
    saved: 'Browser storage has room again: all your changes are saved.',
    migrated: 'Your saved plans were updated to the new format.',
  },
  bar: {
    label: 'Conversation plan',
    select: 'Working on',
    /** Search box beside the switcher when there are more plans than it lists (see switcher.ts). */
    find: 'Find a plan',
    /** After a search: how many plans match, when the switcher lists them all. */
    found: '{n} of {total} plans match. Choose one under “Working on”.',
    /** After a search with more matches than the switcher lists. */
    foundMany:
      '{n} of {total} plans match; “Working on” lists the {shown} changed last. Type more of the name to narrow it.',
    foundNone: 'No plan matches “{query}”.',
    create: 'New plan',
    created: 'Created “{name}”.',
    switched: 'Now working on “{name}”.',
    manage: 'Rename, delete, export or import',
    /** Link to the conversations page, where every plan is listed. */
    conversations: 'All conversations',
    conversationsHref: '/tools/conversations/',
    /** Link to the target organizations tool. */
    organizations: 'Target organizations',
    organizationsHref: '/tools/organizations/',
    dismiss: 'Dismiss',
    backup: 'Download a backup',
    /** Quiet reminder: some plan holds work not exported for two weeks, or never (one line at 320 px). */
    backupDue: 'No backup in 2 weeks.',
    backupNever: 'Not backed up yet.',
    dismissBackup: 'Dismiss backup reminder',
    lastExport: 'Last backup {date}.',
    noExport: 'No backup yet.',
  },
};

/** The wording the plan bar's script takes from the page. */
export type PlansText = typeof plansText;
