/**
 * Spanish wording of plans, saved-data notices and the plan bar (src/lib/strings/plans.ts).
 */
export const plansText = {
  /** Name of the plan everyone starts with. */
  defaultName: 'Mi primera conversación',
  /** Name of a plan created without a name; {n} counts plans. */
  newName: 'Conversación {n}',
  notices: {
    corrupt:
      'No se pudieron leer tus planes guardados, así que empiezas de cero. La copia antigua se guarda en «{key}».',
    /** When the unreadable copy could not be kept (storage full). */
    corruptLost: 'No se pudieron leer tus planes guardados, así que empiezas de cero.',
    blocked:
      'Este navegador no deja guardar aquí (¿navegación privada?). Tu trabajo dura hasta que cierres la pestaña: expórtalo para conservarlo.',
    quota:
      'El almacenamiento del navegador está lleno: tus últimos cambios duran hasta que cierres la pestaña. Exporta tus planes y borra los que ya no necesites; se guardan en cuanto haya espacio.',
    saved: 'Ya hay espacio en el navegador: todos tus cambios están guardados.',
    migrated: 'Tus planes guardados se pasaron al formato nuevo.',
  },
  bar: {
    label: 'Plan de conversación',
    select: 'Trabajas en',
    /** Search box beside the switcher when there are more plans than it lists (see switcher.ts). */
    find: 'Buscar un plan',
    /** After a search: how many plans match, when the switcher lists them all. */
    found: '{n} de {total} planes coinciden. Elige uno en «Trabajas en».',
    /** After a search with more matches than the switcher lists. */
    foundMany:
      '{n} de {total} planes coinciden; «Trabajas en» muestra los {shown} cambiados más recientemente. Escribe más del nombre para acotar.',
    foundNone: 'Ningún plan coincide con «{query}».',
    create: 'Plan nuevo',
    created: 'Creado: «{name}».',
    switched: 'Ahora trabajas en «{name}».',
    manage: 'Renombrar, borrar, exportar o importar',
    /** Link to the conversations page, where every plan is listed. */
    conversations: 'Todas las conversaciones',
    conversationsHref: '/tools/conversations/',
    /** Enlace a la herramienta de organizaciones objetivo. */
    organizations: 'Organizaciones objetivo',
    organizationsHref: '/tools/organizations/',
    dismiss: 'Cerrar',
    backup: 'Descargar una copia',
    /** Quiet reminder: some plan holds work not exported for two weeks, or never (one line at 320 px). */
    backupDue: 'Sin copia en 2 semanas.',
    backupNever: 'Aún sin copia.',
    dismissBackup: 'Cerrar el aviso de copia',
    lastExport: 'Última copia: {date}.',
    noExport: 'Aún no hay copia.',
  },
};
