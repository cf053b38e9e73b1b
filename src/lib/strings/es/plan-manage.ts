/**
 * Spanish wording of the plan bar's rename, delete, export and import controls
 * (src/lib/strings/plan-manage.ts, the same shape: `{slots}` and plural forms).
 */
export const planManageText = {
  rename: 'Renombrar',
  renameLabel: 'Nuevo nombre de este plan',
  save: 'Guardar el nombre',
  cancel: 'Cancelar',
  renamed: 'Ahora se llama «{name}».',
  remove: 'Borrar este plan',
  removed: 'Borrado: «{name}».',
  undo: 'Deshacer el borrado',
  restored: 'Recuperado: «{name}».',
  exportAll: 'Exportar todos los planes',
  exported: 'Tus planes se descargaron en un archivo.',
  fileName: 'planes-de-entrevistas.json',
  importFile: 'Importar planes de un archivo',
  importHint: 'Un archivo exportado de este kit, de hasta 1 MB.',
  importChoice: 'Al importar',
  merge: 'Añadir a mis planes',
  replace: 'Reemplazar mis planes',
} as const;

/** What an import says it did, or why it changed nothing. */
export const planImportText = {
  json: 'Ese archivo no es JSON válido. No se cambió nada.',
  shape: 'Ese archivo no contiene planes del kit. No se cambió nada.',
  empty: 'Ese archivo no tiene planes. No se cambió nada.',
  organizations:
    'No se pueden leer las organizaciones objetivo de ese archivo, o una tiene un nombre más largo de lo que admite el formulario. No se cambió nada.',
  tooBig:
    'Ese archivo ocupa {size} MB; el kit importa archivos de hasta 1 MB. No se cambió nada. Elige un archivo exportado de este kit, o divide uno grande exportando menos planes.',
  tooLong:
    'El plan {n} del archivo («{name}») tiene {field} de más de {max} caracteres, más de lo que admite el formulario. No se cambió nada.',
  fields: {
    name: 'un nombre',
    person: 'un dato de la persona',
    outreach: 'un dato tuyo para el mensaje',
    step: 'un paso de la lista',
    introPart: 'una parte de la presentación',
    introText: 'la presentación',
  },
  noRoom: {
    merge:
      'No hay espacio suficiente en el almacenamiento del navegador para tus planes y el archivo juntos, así que no se cambió nada. Exporta tus planes, borra los que ya no necesites y vuelve a importar, o elige «Reemplazar mis planes».',
    replace:
      'No hay espacio suficiente en el almacenamiento del navegador para los planes de este archivo, así que no se cambió nada. Exporta tus planes, borra los que ya no necesites y vuelve a importar.',
  },
  replaced: {
    one: 'Importado: {n} plan, en lugar de tus planes anteriores.',
    other: 'Importado: {n} planes, en lugar de tus planes anteriores.',
  },
  merged: {
    one: 'Importado: {n} plan{updated}{kept}.',
    other: 'Importado: {n} planes{updated}{kept}.',
  },
  mergedUpdated: ' ({n} en lugar de una copia más antigua)',
  mergedKept: {
    one: '; se quedó tu copia de {n} plan, igual o más reciente',
    other: '; se quedó tu copia de {n} planes, iguales o más recientes',
  },
  nothingNew: 'Nada que importar: ya tienes estos planes, iguales o más recientes.',
  inMemory:
    'Este navegador no está guardando, así que duran hasta que cierres la pestaña: expórtalos para conservarlos.',
} as const;
